package io.github.authadapter.presets;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresqlPrismaMappedPresetContractTests extends AbstractPrismaPresetContractTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	PostgresqlPrismaMappedPresetContractTests() {
		super(PrismaSchema.MAPPED);
	}

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
