package io.github.authadapter.devices;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session devices in the starter's schema on MariaDB.
 */
class MariadbSessionDeviceTests extends AbstractSessionDeviceTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
