package io.github.authadapter.encryption;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Encryption at rest of OAuth tokens on MariaDB.
 */
class MariadbTokenEncryptionTests extends AbstractTokenEncryptionTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
