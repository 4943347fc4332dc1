package io.github.authadapter.presets;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresqlPrismaV4PresetContractTests extends AbstractPrismaPresetContractTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	PostgresqlPrismaV4PresetContractTests() {
		super(PrismaSchema.V4);
	}

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
