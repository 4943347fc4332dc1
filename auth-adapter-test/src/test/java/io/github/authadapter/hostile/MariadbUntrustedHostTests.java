package io.github.authadapter.hostile;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Host-header poisoning over HTTP on MariaDB.
 */
class MariadbUntrustedHostTests extends AbstractUntrustedHostTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
