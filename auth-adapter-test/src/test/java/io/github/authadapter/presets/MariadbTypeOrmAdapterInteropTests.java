package io.github.authadapter.presets;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class MariadbTypeOrmAdapterInteropTests extends AbstractTypeOrmAdapterInteropTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected TestDatabase database() {
		return database;
	}

	// TypeORM's uuid columns are varchar(36) here.
	@Override
	protected Object userKey(String id) {
		return id;
	}

}
