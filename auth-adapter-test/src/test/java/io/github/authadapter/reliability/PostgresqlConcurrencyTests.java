package io.github.authadapter.reliability;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The races on PostgreSQL.
 */
class PostgresqlConcurrencyTests extends AbstractConcurrencyTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
