package io.github.authadapter.reliability;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Crashes in a sign-in and in a user's deletion on H2.
 */
class H2SignInAtomicityTests extends AbstractSignInAtomicityTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
