package io.github.authadapter.dialect;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The PostgreSQL dialect on a PostgreSQL database that words its errors in German: the adapter must recognise each
 * constraint all the same.
 */
class PostgresqlInGermanDatabaseDialectTests extends AbstractDatabaseDialectTests implements GermanServerMessages {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql().withMessagesIn("de_DE");

	@Override
	public TestDatabase database() {
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
