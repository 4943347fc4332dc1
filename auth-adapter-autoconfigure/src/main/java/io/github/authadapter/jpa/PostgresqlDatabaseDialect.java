package io.github.authadapter.jpa;

/**
 * PostgreSQL: one {@code DELETE ... RETURNING} consumes a token, and a batch of expired rows is addressed by the
 * rows' physical {@code ctid}, which needs no index on the key, as in {@code @auth/pg-adapter}'s schema, and skips
 * the rows that another cleaner has locked.
 */
final class PostgresqlDatabaseDialect extends DatabaseDialect {

	private static final String EXPIRED_ROWS_BATCH = """
			DELETE FROM %TABLE% WHERE ctid = ANY (ARRAY (
				SELECT ctid FROM %TABLE% WHERE %EXPIRES% < ?1 LIMIT ?2 FOR UPDATE SKIP LOCKED
			))
			""";

	PostgresqlDatabaseDialect() {
		super("PostgreSQL");
	}

	@Override
	String migrationsFolder() {
		return "postgresql";
	}

	@Override
	VerificationTokenConsumer verificationTokenConsumer(Class<? extends AbstractVerificationTokenEntity> entityType,
			String table) {
		return new NativeVerificationTokenConsumer(DELETE_RETURNING, table, entityType);
	}

	@Override
	String expiredRowsBatchTemplate() {
		return EXPIRED_ROWS_BATCH;
	}

}
