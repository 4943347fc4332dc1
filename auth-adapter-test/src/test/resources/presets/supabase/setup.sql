-- Not from Supabase: what a Supabase project has before the adapter's migrations run, on plain PostgreSQL. Supabase
-- installs uuid-ossp (in its extensions schema, which is on its search_path) and has a service_role role, which the
-- migrations grant the next_auth schema to. Roles belong to the whole server, so the role is made once and kept.
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

DO $$
BEGIN
	CREATE ROLE service_role NOLOGIN;
EXCEPTION
	-- Another test's database made it first, perhaps at the same moment.
	WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
