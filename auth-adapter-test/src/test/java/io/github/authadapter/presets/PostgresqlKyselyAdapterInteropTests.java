package io.github.authadapter.presets;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresqlKyselyAdapterInteropTests extends AbstractKyselyAdapterInteropTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

}
