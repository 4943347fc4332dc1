package io.github.authadapter.dialect;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The MariaDB dialect on MariaDB.
 */
class MariadbDatabaseDialectTests extends AbstractDatabaseDialectTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected TestDatabase database() {
		return database;
	}

	@Override
	protected String expectedDialect() {
		return "MariaDB";
	}

	@Override
	protected String expectedMigrationsFolder() {
		return "mysql";
	}

	@Override
	protected String expectedTooLongColumn() {
		return "provider";
	}

}
