package io.github.authadapter.presets;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class MariadbPrismaV5MappedAdapterInteropTests extends AbstractPrismaAdapterInteropTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	MariadbPrismaV5MappedAdapterInteropTests() {
		super(PrismaSchema.V5_MAPPED);
	}

	@Override
	protected TestDatabase database() {
		return database;
	}

}
