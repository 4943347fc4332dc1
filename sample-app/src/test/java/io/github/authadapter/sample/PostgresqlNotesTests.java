package io.github.authadapter.sample;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sample's notes on PostgreSQL.
 */
class PostgresqlNotesTests extends AbstractNotesTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
