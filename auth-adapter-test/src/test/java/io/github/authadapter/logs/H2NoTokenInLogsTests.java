package io.github.authadapter.logs;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No token in the log or in exception messages, on H2.
 */
class H2NoTokenInLogsTests extends AbstractNoTokenInLogsTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
