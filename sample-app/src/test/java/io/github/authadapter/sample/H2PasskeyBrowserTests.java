package io.github.authadapter.sample;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Passkeys in the browser, on H2.
 */
class H2PasskeyBrowserTests extends AbstractPasskeyBrowserTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
