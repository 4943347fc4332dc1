package io.github.authadapter.reliability;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.concurrency.AbstractConcurrencyTests;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The races on PostgreSQL.
 */
class PostgresqlConcurrencyTests extends AbstractConcurrencyTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
