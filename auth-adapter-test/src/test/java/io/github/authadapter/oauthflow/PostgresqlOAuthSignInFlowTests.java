package io.github.authadapter.oauthflow;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * OAuth sign-in end to end on PostgreSQL.
 */
class PostgresqlOAuthSignInFlowTests extends AbstractOAuthSignInFlowTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
