package io.github.authadapter.presets;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cleanup of expired rows on @auth/supabase-adapter's tables, whose batches name the {@code next_auth} schema.
 */
class PostgresqlSupabasePresetExpiredRowsCleanupTests extends AbstractPresetExpiredRowsCleanupTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

	@Override
	protected void createSchema() {
		SupabaseSchema.create(database.dataSource());
	}

	@Override
	protected String preset() {
		return "supabase";
	}

	@Override
	protected String sessionsTable() {
		return "next_auth.sessions";
	}

	@Override
	protected String verificationTokensTable() {
		return "next_auth.verification_tokens";
	}

}
