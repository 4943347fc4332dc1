package io.github.authadapter.dialect;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The PostgreSQL dialect on PostgreSQL.
 */
class PostgresqlDatabaseDialectTests extends AbstractDatabaseDialectTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

	@Override
	protected String expectedDialect() {
		return "PostgreSQL";
	}

	@Override
	protected String expectedMigrationsFolder() {
		return "postgresql";
	}

	@Override
	protected boolean boundsTheProvider() {
		return false;
	}

}
