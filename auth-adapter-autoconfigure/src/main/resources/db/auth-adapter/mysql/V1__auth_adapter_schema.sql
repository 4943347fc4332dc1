-- The Auth.js tables with the names and casing of @auth/pg-adapter, plus the keys,
-- constraints and indexes a production database needs. For MySQL and MariaDB.
-- Columns that are keyed are VARCHAR, because InnoDB cannot index TEXT without a prefix;
-- token columns stay unbounded (LONGTEXT). DATETIME(6) holds UTC instants: TIMESTAMP
-- would end in 2038.

CREATE TABLE users (
	id BIGINT NOT NULL AUTO_INCREMENT,
	name TEXT,
	email VARCHAR(255),
	`emailVerified` DATETIME(6),
	image TEXT,
	CONSTRAINT pk_users PRIMARY KEY (id),
	CONSTRAINT uq_users_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE accounts (
	id BIGINT NOT NULL AUTO_INCREMENT,
	`userId` BIGINT NOT NULL,
	type VARCHAR(255) NOT NULL,
	provider VARCHAR(255) NOT NULL,
	`providerAccountId` VARCHAR(255) NOT NULL,
	refresh_token LONGTEXT,
	access_token LONGTEXT,
	expires_at BIGINT,
	id_token LONGTEXT,
	scope LONGTEXT,
	session_state LONGTEXT,
	token_type VARCHAR(255),
	CONSTRAINT pk_accounts PRIMARY KEY (id),
	CONSTRAINT uq_accounts_provider_account UNIQUE (provider, `providerAccountId`),
	CONSTRAINT fk_accounts_user FOREIGN KEY (`userId`) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_accounts_user ON accounts (`userId`);

CREATE TABLE sessions (
	id BIGINT NOT NULL AUTO_INCREMENT,
	`userId` BIGINT NOT NULL,
	expires DATETIME(6) NOT NULL,
	`sessionToken` VARCHAR(512) NOT NULL,
	CONSTRAINT pk_sessions PRIMARY KEY (id),
	CONSTRAINT uq_sessions_session_token UNIQUE (`sessionToken`),
	CONSTRAINT fk_sessions_user FOREIGN KEY (`userId`) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_sessions_user ON sessions (`userId`);
CREATE INDEX ix_sessions_expires ON sessions (expires);

CREATE TABLE verification_token (
	identifier VARCHAR(255) NOT NULL,
	token VARCHAR(512) NOT NULL,
	expires DATETIME(6) NOT NULL,
	CONSTRAINT pk_verification_token PRIMARY KEY (identifier, token)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_verification_token_expires ON verification_token (expires);

CREATE TABLE authenticators (
	`credentialID` VARCHAR(1400) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	`userId` BIGINT NOT NULL,
	`providerAccountId` VARCHAR(255) NOT NULL,
	`credentialPublicKey` TEXT NOT NULL,
	counter BIGINT NOT NULL,
	`credentialDeviceType` VARCHAR(255) NOT NULL,
	`credentialBackedUp` BOOLEAN NOT NULL,
	transports VARCHAR(255),
	CONSTRAINT pk_authenticators PRIMARY KEY (`credentialID`),
	CONSTRAINT fk_authenticators_user FOREIGN KEY (`userId`) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_authenticators_user ON authenticators (`userId`);
