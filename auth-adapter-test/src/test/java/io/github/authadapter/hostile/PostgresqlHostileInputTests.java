package io.github.authadapter.hostile;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.hostile.AbstractHostileInputTests;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile input over HTTP on PostgreSQL.
 */
class PostgresqlHostileInputTests extends AbstractHostileInputTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
