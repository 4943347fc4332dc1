package io.github.authadapter.sample;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Passkeys in the browser with Auth.js's JWT sessions: the passkey sign-in gets the JWT session cookie.
 */
class H2JwtSessionPasskeyBrowserTests extends AbstractPasskeyBrowserTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected TestDatabase database() {
		return database;
	}

	@Override
	protected String[] moreProperties() {
		return new String[] { "auth.adapter.session.strategy=jwt" };
	}

	@Override
	protected boolean databaseSessions() {
		return false;
	}

}
