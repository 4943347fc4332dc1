package io.github.authadapter.presets;

import java.time.temporal.ChronoUnit;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On MariaDB Sequelize's ids are {@code CHAR(36)} and its timestamps {@code DATETIME}s of whole seconds.
 */
class MariadbSequelizeAdapterInteropTests extends AbstractSequelizeAdapterInteropTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected TestDatabase database() {
		return database;
	}

	@Override
	protected Object userKey(String id) {
		return id;
	}

	@Override
	protected ChronoUnit expiryPrecision() {
		return ChronoUnit.SECONDS;
	}

	@Override
	protected ChronoUnit emailVerifiedPrecision() {
		return ChronoUnit.SECONDS;
	}

}
