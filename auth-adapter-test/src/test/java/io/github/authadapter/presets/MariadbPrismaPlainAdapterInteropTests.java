package io.github.authadapter.presets;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class MariadbPrismaPlainAdapterInteropTests extends AbstractPrismaAdapterInteropTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	MariadbPrismaPlainAdapterInteropTests() {
		super(PrismaSchema.V5_PLAIN);
	}

	@Override
	protected TestDatabase database() {
		return database;
	}

}
