package io.github.authadapter.dialect;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The MariaDB dialect on a MariaDB database that words its errors in German: the adapter must recognise each
 * constraint all the same.
 */
class MariadbInGermanDatabaseDialectTests extends AbstractDatabaseDialectTests implements GermanServerMessages {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb().withMessagesIn("de_DE");

	@Override
	public TestDatabase database() {
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
