-- What an account page shows of each session: the browser's User-Agent as it was at sign-in (cut to 512
-- characters, for display only), when the session started and when its expiry last moved. Nullable, as other
-- Auth.js schemas lack them and the sessions made before this migration have no values.
ALTER TABLE ${table_sessions} ADD user_agent VARCHAR(512);
ALTER TABLE ${table_sessions} ADD created_at TIMESTAMPTZ;
ALTER TABLE ${table_sessions} ADD last_used_at TIMESTAMPTZ;
