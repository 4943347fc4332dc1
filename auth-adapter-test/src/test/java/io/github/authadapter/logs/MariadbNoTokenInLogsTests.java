package io.github.authadapter.logs;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No token in the log or in exception messages, on MariaDB.
 */
class MariadbNoTokenInLogsTests extends AbstractNoTokenInLogsTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
