package io.github.authadapter.presets;

import java.util.UUID;

import javax.sql.DataSource;

import io.github.authadapter.test.AuthJsAdapterScript;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Round trips between the starter and a Node process on the tables that @auth/supabase-adapter's own migrations
 * create in the {@code next_auth} schema, found with {@code detect}, with the JVM in Asia/Tokyo and Node in
 * America/St_Johns. The Node side is not @auth/supabase-adapter itself: that adapter talks to Supabase's PostgREST
 * server over HTTP, which cannot be installed here, so {@code interop/authjs/supabase-sql.mjs} writes and reads the
 * tables with plain SQL, one statement per adapter call, as that adapter's calls ask (uuid ids from the tables'
 * defaults, timestamps sent as ISO text).
 */
class PostgresqlSupabaseSqlInteropTests extends AbstractAuthJsAdapterInteropTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

	@Override
	protected AuthJsAdapterScript script() {
		return AuthJsAdapterScript.supabaseSql(database);
	}

	@Override
	protected void createSchema(DataSource dataSource) {
		SupabaseSchema.create(dataSource);
	}

	@Override
	protected String idPattern() {
		return "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
	}

	@Override
	protected boolean hasAuthenticators() {
		return false;
	}

	@Override
	protected Object userKey(String id) {
		return UUID.fromString(id);
	}

	@Override
	protected String accountsTable() {
		return "next_auth.accounts";
	}

}
