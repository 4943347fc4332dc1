package io.github.authadapter.hostile;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile input over HTTP on PostgreSQL.
 */
class PostgresqlHostileInputTests extends AbstractHostileInputTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
