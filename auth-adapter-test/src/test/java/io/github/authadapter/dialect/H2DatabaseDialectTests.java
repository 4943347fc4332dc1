package io.github.authadapter.dialect;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The H2 dialect on H2.
 */
class H2DatabaseDialectTests extends AbstractDatabaseDialectTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected TestDatabase database() {
		return database;
	}

	@Override
	protected String expectedDialect() {
		return "H2";
	}

	@Override
	protected String expectedMigrationsFolder() {
		return "h2";
	}

}
