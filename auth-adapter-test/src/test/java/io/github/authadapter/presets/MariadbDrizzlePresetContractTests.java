package io.github.authadapter.presets;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class MariadbDrizzlePresetContractTests extends AbstractDrizzlePresetContractTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
