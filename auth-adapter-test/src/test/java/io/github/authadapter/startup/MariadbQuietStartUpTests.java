package io.github.authadapter.startup;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A quiet start-up, and the application's own Flyway left as it was, on MariaDB.
 */
class MariadbQuietStartUpTests extends AbstractQuietStartUpTests {

	@RegisterExtension
	static final TestDatabase noMigrations = TestDatabase.mariadb();

	@RegisterExtension
	static final TestDatabase ownMigrations = TestDatabase.mariadb();

	@RegisterExtension
	static final TestDatabase tableOfAnotherOrigin = TestDatabase.mariadb();

	@Override
	protected DataSource databaseForNoMigrations() {
		return noMigrations.dataSource();
	}

	@Override
	protected DataSource databaseForOwnMigrations() {
		return ownMigrations.dataSource();
	}

	@Override
	protected DataSource databaseWithATableOfAnotherOrigin() {
		return tableOfAnotherOrigin.dataSource();
	}

}
