package io.github.authadapter.ratelimit;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The limits on sign-in mails on PostgreSQL.
 */
class PostgresqlSignInRateLimitTests extends AbstractDatabaseSignInRateLimitTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
