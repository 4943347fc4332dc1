package io.github.authadapter.oauthapi;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Calling the provider's API with the stored tokens on MariaDB.
 */
class MariadbProviderApiTests extends AbstractProviderApiTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
