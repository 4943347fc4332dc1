package io.github.authadapter.encryption;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Encryption at rest of OAuth tokens on PostgreSQL.
 */
class PostgresqlTokenEncryptionTests extends AbstractTokenEncryptionTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
