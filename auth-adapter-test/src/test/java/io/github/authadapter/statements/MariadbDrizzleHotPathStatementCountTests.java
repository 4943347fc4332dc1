package io.github.authadapter.statements;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The statement counts of the hot path on Drizzle's MySQL schema on MariaDB, whose expiries are a TIMESTAMP: the preset's entities get the same one-statement lookup as the
 * starter's.
 */
class MariadbDrizzleHotPathStatementCountTests extends AbstractHotPathStatementCountTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

	@Override
	protected void createSchema(DataSource dataSource) {
		runScript(dataSource, "presets/drizzle/mysql.sql");
	}

	@Override
	protected String[] properties() {
		// The limits on sign-in mails live in a table of the starter's migrations, which a preset does not run.
		return new String[] { "auth.adapter.schema.preset=drizzle", "auth.adapter.email.rate-limit.enabled=false" };
	}

}
