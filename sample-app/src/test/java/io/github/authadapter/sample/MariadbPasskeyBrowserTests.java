package io.github.authadapter.sample;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Passkeys in the browser, on MariaDB.
 */
class MariadbPasskeyBrowserTests extends AbstractPasskeyBrowserTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
