package io.github.authadapter.presets;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class MariadbPrismaV5MappedPresetContractTests extends AbstractPrismaPresetContractTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	MariadbPrismaV5MappedPresetContractTests() {
		super(PrismaSchema.V5_MAPPED);
	}

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
