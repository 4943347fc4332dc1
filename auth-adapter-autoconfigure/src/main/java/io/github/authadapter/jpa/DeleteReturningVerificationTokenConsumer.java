package io.github.authadapter.jpa;

/**
 * For PostgreSQL and MariaDB, which return the rows a {@code DELETE} removed.
 */
class DeleteReturningVerificationTokenConsumer extends NativeVerificationTokenConsumer {

	private static final String DELETE_RETURNING = """
			DELETE FROM %TABLE_NAME%
			WHERE identifier = ?1 AND token = ?2
			RETURNING identifier, token, expires
			""";

	DeleteReturningVerificationTokenConsumer(String tableName) {
		super(DELETE_RETURNING, tableName);
	}

}
