package io.github.authadapter.devices;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session devices in the starter's schema on H2.
 */
class H2SessionDeviceTests extends AbstractSessionDeviceTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
