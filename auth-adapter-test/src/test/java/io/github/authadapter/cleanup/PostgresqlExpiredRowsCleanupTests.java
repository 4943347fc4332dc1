package io.github.authadapter.cleanup;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.cleanup.AbstractExpiredRowsCleanupTests;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cleanup of expired rows on PostgreSQL.
 */
class PostgresqlExpiredRowsCleanupTests extends AbstractExpiredRowsCleanupTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
