package io.github.authadapter.presets;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresqlPrismaMappedAdapterInteropTests extends AbstractPrismaAdapterInteropTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	PostgresqlPrismaMappedAdapterInteropTests() {
		super(PrismaSchema.MAPPED);
	}

	@Override
	protected TestDatabase database() {
		return database;
	}

}
