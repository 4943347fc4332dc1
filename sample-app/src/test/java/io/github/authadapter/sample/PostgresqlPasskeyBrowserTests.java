package io.github.authadapter.sample;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Passkeys in the browser, on PostgreSQL.
 */
class PostgresqlPasskeyBrowserTests extends AbstractPasskeyBrowserTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
