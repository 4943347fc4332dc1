package io.github.authadapter.observability;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The adapter's timers and the schema health indicator on H2.
 */
class H2ObservabilityTests extends AbstractObservabilityTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
