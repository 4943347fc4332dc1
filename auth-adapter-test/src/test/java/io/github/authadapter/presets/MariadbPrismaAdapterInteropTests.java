package io.github.authadapter.presets;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class MariadbPrismaAdapterInteropTests extends AbstractPrismaAdapterInteropTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	MariadbPrismaAdapterInteropTests() {
		super(PrismaSchema.V5);
	}

	@Override
	protected TestDatabase database() {
		return database;
	}

}
