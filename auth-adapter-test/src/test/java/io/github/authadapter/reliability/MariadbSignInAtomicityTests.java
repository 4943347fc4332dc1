package io.github.authadapter.reliability;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Crashes in a sign-in and in a user's deletion on MariaDB.
 */
class MariadbSignInAtomicityTests extends AbstractSignInAtomicityTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
