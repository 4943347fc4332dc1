package io.github.authadapter.logs;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.logs.AbstractNoTokenInLogsTests;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No token in the log or in exception messages, on H2.
 */
class H2NoTokenInLogsTests extends AbstractNoTokenInLogsTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
