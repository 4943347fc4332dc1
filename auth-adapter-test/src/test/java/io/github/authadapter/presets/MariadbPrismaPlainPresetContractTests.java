package io.github.authadapter.presets;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class MariadbPrismaPlainPresetContractTests extends AbstractPrismaPresetContractTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	MariadbPrismaPlainPresetContractTests() {
		super(PrismaSchema.V5_PLAIN);
	}

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
