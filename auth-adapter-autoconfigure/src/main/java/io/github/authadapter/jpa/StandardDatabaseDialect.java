package io.github.authadapter.jpa;

import org.jspecify.annotations.Nullable;

/**
 * Any database the starter has no dialect for, in standard SQL: a token is read under a write lock and deleted in the
 * same transaction, and a batch of expired rows is deleted by its key, with row values in a limited subquery. A
 * concurrent consumer or cleaner waits for the rows locked, then finds them gone. There are no migrations.
 */
final class StandardDatabaseDialect extends DatabaseDialect {

	private static final String EXPIRED_ROWS_BATCH = """
			DELETE FROM %TABLE% WHERE (%KEYS%) IN (
				SELECT %KEYS% FROM %TABLE% WHERE %EXPIRES% < ?1 FETCH FIRST ?2 ROWS ONLY
			)
			""";

	StandardDatabaseDialect(String databaseName) {
		super(databaseName);
	}

	@Override
	@Nullable String migrationsFolder() {
		return null;
	}

	@Override
	VerificationTokenConsumer verificationTokenConsumer(Class<? extends AbstractVerificationTokenEntity> entityType,
			String table) {
		return VerificationTokenConsumer.locking(entityType);
	}

	@Override
	String expiredRowsBatchTemplate() {
		return EXPIRED_ROWS_BATCH;
	}

}
