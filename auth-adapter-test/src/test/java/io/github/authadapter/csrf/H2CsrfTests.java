package io.github.authadapter.csrf;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CSRF, Origin and page headers over HTTP on H2.
 */
class H2CsrfTests extends AbstractCsrfTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
