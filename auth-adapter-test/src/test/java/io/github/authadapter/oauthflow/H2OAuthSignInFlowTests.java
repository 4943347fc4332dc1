package io.github.authadapter.oauthflow;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * OAuth sign-in end to end on H2.
 */
class H2OAuthSignInFlowTests extends AbstractOAuthSignInFlowTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
