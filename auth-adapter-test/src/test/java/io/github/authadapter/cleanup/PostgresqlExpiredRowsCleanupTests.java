package io.github.authadapter.cleanup;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cleanup of expired rows on PostgreSQL.
 */
class PostgresqlExpiredRowsCleanupTests extends AbstractExpiredRowsCleanupTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
