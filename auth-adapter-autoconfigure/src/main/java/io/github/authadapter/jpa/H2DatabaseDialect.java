package io.github.authadapter.jpa;

/**
 * H2: a token is consumed by selecting the rows that a {@code DELETE} removed from its {@code OLD TABLE}, and a batch
 * of expired rows by a {@code DELETE} with a limit. H2 neither skips locked rows in a {@code DELETE} nor runs a
 * limited {@code IN} subquery fast, so a concurrent cleaner waits for the rows this one has locked, then finds them
 * gone.
 */
final class H2DatabaseDialect extends DatabaseDialect {

	private static final String SELECT_FROM_DELETE = """
			SELECT identifier, token, expires FROM OLD TABLE (
				DELETE FROM %TABLE% WHERE identifier = ?1 AND token = ?2
			)
			""";

	private static final String EXPIRED_ROWS_BATCH = """
			DELETE FROM %TABLE% WHERE %EXPIRES% < ?1 FETCH FIRST ?2 ROWS ONLY
			""";

	H2DatabaseDialect() {
		super("H2");
	}

	@Override
	String migrationsFolder() {
		return "h2";
	}

	@Override
	VerificationTokenConsumer verificationTokenConsumer(Class<? extends AbstractVerificationTokenEntity> entityType,
			String table) {
		return new NativeVerificationTokenConsumer(SELECT_FROM_DELETE, table, entityType);
	}

	@Override
	String expiredRowsBatchTemplate() {
		return EXPIRED_ROWS_BATCH;
	}

	/**
	 * H2 reports a unique constraint with its schema and its index, as in
	 * {@code PUBLIC.UQ_USERS_EMAIL INDEX PUBLIC.UQ_USERS_EMAIL_INDEX_4}, and a foreign key by its name alone.
	 */
	@Override
	String constraintName(String reported) {
		String qualified = reported.strip().split("\\s+", 2)[0];
		return qualified.substring(qualified.lastIndexOf('.') + 1);
	}

}
