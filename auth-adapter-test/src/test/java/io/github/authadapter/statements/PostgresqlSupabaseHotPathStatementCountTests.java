package io.github.authadapter.statements;

import javax.sql.DataSource;

import io.github.authadapter.presets.SupabaseSchema;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The statement counts of the hot path on @auth/supabase-adapter's tables in the {@code next_auth} schema: the
 * session lookup is one join of the schema's tables, and a verification token is used by one statement.
 */
class PostgresqlSupabaseHotPathStatementCountTests extends AbstractHotPathStatementCountTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

	@Override
	protected void createSchema(DataSource dataSource) {
		SupabaseSchema.create(dataSource);
	}

	@Override
	protected String[] properties() {
		// The limits on sign-in mails live in a table of the starter's migrations, which a preset does not run.
		return new String[] { "auth.adapter.schema.preset=supabase", "auth.adapter.email.rate-limit.enabled=false" };
	}

}
