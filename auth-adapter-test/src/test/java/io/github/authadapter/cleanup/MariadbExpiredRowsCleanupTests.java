package io.github.authadapter.cleanup;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.cleanup.AbstractExpiredRowsCleanupTests;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cleanup of expired rows on MariaDB.
 */
class MariadbExpiredRowsCleanupTests extends AbstractExpiredRowsCleanupTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
