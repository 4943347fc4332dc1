package io.github.authadapter.devices;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session devices in the starter's schema on PostgreSQL.
 */
class PostgresqlSessionDeviceTests extends AbstractSessionDeviceTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
