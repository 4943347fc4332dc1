package io.github.authadapter.hostile;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Host-header poisoning over HTTP on H2.
 */
class H2UntrustedHostTests extends AbstractUntrustedHostTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
