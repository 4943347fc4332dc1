package io.github.authadapter.hostile;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile input over HTTP on MariaDB.
 */
class MariadbHostileInputTests extends AbstractHostileInputTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
