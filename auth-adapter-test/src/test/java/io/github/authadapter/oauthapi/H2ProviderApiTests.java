package io.github.authadapter.oauthapi;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Calling the provider's API with the stored tokens on H2.
 */
class H2ProviderApiTests extends AbstractProviderApiTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
