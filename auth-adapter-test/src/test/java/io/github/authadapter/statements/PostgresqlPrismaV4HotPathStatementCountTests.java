package io.github.authadapter.statements;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The statement counts of the hot path on NextAuth.js v4's Prisma schema on PostgreSQL, whose accounts and sessions have ids of their own: the preset's entities get the same one-statement lookup as the
 * starter's.
 */
class PostgresqlPrismaV4HotPathStatementCountTests extends AbstractHotPathStatementCountTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

	@Override
	protected void createSchema(DataSource dataSource) {
		runScript(dataSource, "presets/prisma/v4-postgresql.sql");
	}

	@Override
	protected String[] properties() {
		// The limits on sign-in mails live in a table of the starter's migrations, which a preset does not run.
		return new String[] { "auth.adapter.schema.preset=prisma", "auth.adapter.email.rate-limit.enabled=false" };
	}

}
