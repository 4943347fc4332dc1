package io.github.authadapter.observability;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The adapter's timers and the schema health indicator on PostgreSQL.
 */
class PostgresqlObservabilityTests extends AbstractObservabilityTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
