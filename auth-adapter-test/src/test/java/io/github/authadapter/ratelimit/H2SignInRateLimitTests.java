package io.github.authadapter.ratelimit;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The limits on sign-in mails on H2.
 */
class H2SignInRateLimitTests extends AbstractDatabaseSignInRateLimitTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
