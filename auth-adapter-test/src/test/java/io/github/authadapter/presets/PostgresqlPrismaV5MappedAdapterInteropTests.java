package io.github.authadapter.presets;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresqlPrismaV5MappedAdapterInteropTests extends AbstractPrismaAdapterInteropTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	PostgresqlPrismaV5MappedAdapterInteropTests() {
		super(PrismaSchema.V5_MAPPED);
	}

	@Override
	protected TestDatabase database() {
		return database;
	}

}
