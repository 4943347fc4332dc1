package io.github.authadapter.presets;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On MariaDB the migration's ids are {@code varchar(36)} and its text columns, the tokens among them,
 * {@code varchar(255)}.
 */
class MariadbKyselyPresetContractTests extends AbstractKyselyPresetContractTests {

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
