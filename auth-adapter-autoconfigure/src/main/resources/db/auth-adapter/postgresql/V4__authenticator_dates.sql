-- What a passkey list shows of each authenticator: when it was registered and when it last signed in (its
-- signature counter last written). Nullable, as Auth.js's own schemas lack them and the authenticators registered
-- before this migration have no values.
ALTER TABLE ${table_authenticators} ADD created_at TIMESTAMPTZ;
ALTER TABLE ${table_authenticators} ADD last_used_at TIMESTAMPTZ;
