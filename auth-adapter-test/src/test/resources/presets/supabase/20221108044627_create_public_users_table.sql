-- The migration 20221108044627_create_public_users_table.sql of @auth/supabase-adapter, copied unchanged from nextauthjs/next-auth,
-- packages/adapter-supabase/supabase/migrations, as last changed in commit dac490b7a1d919dc35477074647eb6610ce9e137
-- and still at a1a16a5a7780488c7449feece410033f445d0b31 (July 2026), when the adapter on npm was 1.11.3.
-- The migrations are not in the npm package. Run after setup.sql (SupabaseSchema in the tests); do not edit.

/** 
* USERS
* Note: This table contains user data. Users should only be able to view and update their own data.
*/
create table users (
  -- UUID from next_auth.users
  id uuid not null primary key,
  name text,
  email text,
  image text,
  constraint "users_id_fkey" foreign key ("id")
        references  next_auth.users (id) match simple
        on update no action
        on delete cascade -- if user is deleted in NextAuth they will also be deleted in our public table.
);
alter table users enable row level security;
create policy "Can view own user data." on users for select using (next_auth.uid() = id);
create policy "Can update own user data." on users for update using (next_auth.uid() = id);

/**
* This trigger automatically creates a user entry when a new user signs up via NextAuth.
*/ 
create function public.handle_new_user() 
returns trigger as $$
begin
  insert into public.users (id, name, email, image)
  values (new.id, new.name, new.email, new.image);
  return new;
end;
$$ language plpgsql security definer;
create trigger on_auth_user_created
  after insert on next_auth.users
  for each row execute procedure public.handle_new_user();
