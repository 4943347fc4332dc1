package io.github.authadapter.presets;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class MariadbPrismaV4AdapterInteropTests extends AbstractPrismaAdapterInteropTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	MariadbPrismaV4AdapterInteropTests() {
		super(PrismaSchema.V4);
	}

	@Override
	protected TestDatabase database() {
		return database;
	}

}
