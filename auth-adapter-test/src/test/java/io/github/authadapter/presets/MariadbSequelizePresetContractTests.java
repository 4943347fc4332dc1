package io.github.authadapter.presets;

import java.time.temporal.ChronoUnit;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On MariaDB Sequelize's sync makes the uuid ids {@code CHAR(36)} and every timestamp a {@code DATETIME} of whole
 * seconds.
 */
class MariadbSequelizePresetContractTests extends AbstractSequelizePresetContractTests {

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
