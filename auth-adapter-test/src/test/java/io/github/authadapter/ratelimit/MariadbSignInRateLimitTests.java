package io.github.authadapter.ratelimit;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The limits on sign-in mails on MariaDB.
 */
class MariadbSignInRateLimitTests extends AbstractDatabaseSignInRateLimitTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
