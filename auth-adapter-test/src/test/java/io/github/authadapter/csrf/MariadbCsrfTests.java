package io.github.authadapter.csrf;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CSRF, Origin and page headers over HTTP on MariaDB.
 */
class MariadbCsrfTests extends AbstractCsrfTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
