package io.github.authadapter.hostile;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Host-header poisoning over HTTP on PostgreSQL.
 */
class PostgresqlUntrustedHostTests extends AbstractUntrustedHostTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
