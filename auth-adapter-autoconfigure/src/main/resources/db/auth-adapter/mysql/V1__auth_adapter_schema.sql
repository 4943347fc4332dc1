-- The Auth.js tables, plus the keys, constraints and indexes a production database needs.
-- Table names and the mixed-case columns are placeholders: by default they are the names and
-- casing of @auth/pg-adapter (auth.adapter.schema.tables.*, auth.adapter.schema.naming).
-- For MySQL and MariaDB.
-- Columns that are keyed are VARCHAR, because InnoDB cannot index TEXT without a prefix;
-- token columns stay unbounded (LONGTEXT). DATETIME(6) holds UTC instants: TIMESTAMP
-- would end in 2038.

CREATE TABLE ${table_users} (
	id BIGINT NOT NULL AUTO_INCREMENT,
	name TEXT,
	email VARCHAR(255),
	${column_email_verified} DATETIME(6),
	image TEXT,
	CONSTRAINT pk_users PRIMARY KEY (id),
	CONSTRAINT uq_users_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ${table_accounts} (
	id BIGINT NOT NULL AUTO_INCREMENT,
	${column_user_id} BIGINT NOT NULL,
	type VARCHAR(255) NOT NULL,
	provider VARCHAR(255) NOT NULL,
	${column_provider_account_id} VARCHAR(255) NOT NULL,
	refresh_token LONGTEXT,
	access_token LONGTEXT,
	expires_at BIGINT,
	id_token LONGTEXT,
	scope LONGTEXT,
	session_state LONGTEXT,
	token_type VARCHAR(255),
	CONSTRAINT pk_accounts PRIMARY KEY (id),
	CONSTRAINT uq_accounts_provider_account UNIQUE (provider, ${column_provider_account_id}),
	CONSTRAINT fk_accounts_user FOREIGN KEY (${column_user_id}) REFERENCES ${table_users} (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_accounts_user ON ${table_accounts} (${column_user_id});

CREATE TABLE ${table_sessions} (
	id BIGINT NOT NULL AUTO_INCREMENT,
	${column_user_id} BIGINT NOT NULL,
	expires DATETIME(6) NOT NULL,
	${column_session_token} VARCHAR(512) NOT NULL,
	CONSTRAINT pk_sessions PRIMARY KEY (id),
	CONSTRAINT uq_sessions_session_token UNIQUE (${column_session_token}),
	CONSTRAINT fk_sessions_user FOREIGN KEY (${column_user_id}) REFERENCES ${table_users} (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_sessions_user ON ${table_sessions} (${column_user_id});
CREATE INDEX ix_sessions_expires ON ${table_sessions} (expires);

CREATE TABLE ${table_verification_token} (
	identifier VARCHAR(255) NOT NULL,
	token VARCHAR(512) NOT NULL,
	expires DATETIME(6) NOT NULL,
	CONSTRAINT pk_verification_token PRIMARY KEY (identifier, token)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_verification_token_expires ON ${table_verification_token} (expires);

CREATE TABLE ${table_authenticators} (
	${column_credential_id} VARCHAR(1400) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	${column_user_id} BIGINT NOT NULL,
	${column_provider_account_id} VARCHAR(255) NOT NULL,
	${column_credential_public_key} TEXT NOT NULL,
	counter BIGINT NOT NULL,
	${column_credential_device_type} VARCHAR(255) NOT NULL,
	${column_credential_backed_up} BOOLEAN NOT NULL,
	transports VARCHAR(255),
	CONSTRAINT pk_authenticators PRIMARY KEY (${column_credential_id}),
	CONSTRAINT fk_authenticators_user FOREIGN KEY (${column_user_id}) REFERENCES ${table_users} (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_authenticators_user ON ${table_authenticators} (${column_user_id});
