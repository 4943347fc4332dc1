package io.github.authadapter.reliability;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.concurrency.AbstractConcurrencyTests;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The races on H2.
 */
class H2ConcurrencyTests extends AbstractConcurrencyTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
