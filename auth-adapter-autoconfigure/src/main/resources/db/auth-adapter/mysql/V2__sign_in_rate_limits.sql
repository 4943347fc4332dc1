-- The buckets of the limits on sign-in mails (Bucket4j), shared by every instance of the application.
-- The id is a hash of the limited address, never the address itself; expires_at (epoch milliseconds) is when the
-- bucket is full again, after which its row can go.
CREATE TABLE auth_adapter_rate_limits (
	id VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	state BLOB,
	expires_at BIGINT,
	CONSTRAINT pk_auth_adapter_rate_limits PRIMARY KEY (id)
) ENGINE = InnoDB;
CREATE INDEX ix_auth_adapter_rate_limits_expires_at ON auth_adapter_rate_limits (expires_at);
