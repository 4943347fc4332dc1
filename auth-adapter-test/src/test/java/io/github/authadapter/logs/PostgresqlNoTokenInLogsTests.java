package io.github.authadapter.logs;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No token in the log or in exception messages, on PostgreSQL.
 */
class PostgresqlNoTokenInLogsTests extends AbstractNoTokenInLogsTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
