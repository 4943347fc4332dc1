-- The sample app's own table: each user's notes, in the same database as the Auth.js tables.
CREATE TABLE notes (
	id BIGINT NOT NULL AUTO_INCREMENT,
	user_id BIGINT NOT NULL,
	title VARCHAR(200) NOT NULL,
	body VARCHAR(4000) NOT NULL,
	created_at DATETIME(6) NOT NULL,
	updated_at DATETIME(6) NOT NULL,
	CONSTRAINT pk_notes PRIMARY KEY (id),
	CONSTRAINT fk_notes_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_notes_user_updated ON notes (user_id, updated_at);
