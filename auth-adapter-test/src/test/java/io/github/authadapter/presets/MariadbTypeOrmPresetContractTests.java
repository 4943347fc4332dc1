package io.github.authadapter.presets;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On MariaDB TypeORM's {@code synchronize} makes the uuid ids {@code varchar(36)}, which the client fills in, and
 * every token column {@code varchar(255)}.
 */
class MariadbTypeOrmPresetContractTests extends AbstractTypeOrmPresetContractTests {

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
	protected int longestToken() {
		return 255;
	}

}
