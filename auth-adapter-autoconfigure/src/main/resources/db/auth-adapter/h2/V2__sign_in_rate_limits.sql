-- The buckets of the limits on sign-in mails (Bucket4j), shared by every connection to this database.
-- The id is a hash of the limited address, never the address itself; expires_at (epoch milliseconds) is when the
-- bucket is full again, after which its row can go.
CREATE TABLE auth_adapter_rate_limits (
	id CHARACTER VARYING(100) NOT NULL,
	state BINARY VARYING,
	expires_at BIGINT,
	CONSTRAINT pk_auth_adapter_rate_limits PRIMARY KEY (id)
);
CREATE INDEX ix_auth_adapter_rate_limits_expires_at ON auth_adapter_rate_limits (expires_at);
