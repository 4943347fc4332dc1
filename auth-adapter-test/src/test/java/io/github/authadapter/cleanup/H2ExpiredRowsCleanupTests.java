package io.github.authadapter.cleanup;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.cleanup.AbstractExpiredRowsCleanupTests;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cleanup of expired rows on H2.
 */
class H2ExpiredRowsCleanupTests extends AbstractExpiredRowsCleanupTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
