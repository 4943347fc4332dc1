package io.github.authadapter.oauthflow;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * OAuth sign-in end to end on MariaDB.
 */
class MariadbOAuthSignInFlowTests extends AbstractOAuthSignInFlowTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
