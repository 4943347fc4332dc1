package io.github.authadapter.jpa;

/**
 * For H2, which selects the rows a {@code DELETE} removed from its {@code OLD TABLE}.
 */
class H2DeltaTableVerificationTokenConsumer extends NativeVerificationTokenConsumer {

	private static final String SELECT_FROM_DELETE = """
			SELECT identifier, token, expires FROM OLD TABLE (
				DELETE FROM %TABLE_NAME% WHERE identifier = ?1 AND token = ?2
			)
			""";

	H2DeltaTableVerificationTokenConsumer(String tableName) {
		super(SELECT_FROM_DELETE, tableName);
	}

}
