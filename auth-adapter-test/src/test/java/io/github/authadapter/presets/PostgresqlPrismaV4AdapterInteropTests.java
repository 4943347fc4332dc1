package io.github.authadapter.presets;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresqlPrismaV4AdapterInteropTests extends AbstractPrismaAdapterInteropTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	PostgresqlPrismaV4AdapterInteropTests() {
		super(PrismaSchema.V4);
	}

	@Override
	protected TestDatabase database() {
		return database;
	}

}
