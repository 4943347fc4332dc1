package io.github.authadapter.reliability;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The races on MariaDB.
 */
class MariadbConcurrencyTests extends AbstractConcurrencyTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
