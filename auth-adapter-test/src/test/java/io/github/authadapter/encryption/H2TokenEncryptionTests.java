package io.github.authadapter.encryption;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Encryption at rest of OAuth tokens on H2.
 */
class H2TokenEncryptionTests extends AbstractTokenEncryptionTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
