package io.github.authadapter.presets;

import java.util.UUID;

import javax.sql.DataSource;

import io.github.authadapter.test.AuthJsAdapterScript;

/**
 * Auth.js's own {@code @auth/kysely-adapter} on Kysely ({@code interop/kysely}, installed with
 * {@code npm ci --prefix interop/kysely}), round trips with the starter on the tables that the migration of the
 * adapter's documentation creates, run by Kysely's own Migrator.
 */
abstract class AbstractKyselyAdapterInteropTests extends AbstractAuthJsAdapterInteropTests {

	@Override
	protected AuthJsAdapterScript script() {
		return AuthJsAdapterScript.kyselyAdapter(database());
	}

	@Override
	protected void createSchema(DataSource dataSource) {
		script().run("migrate");
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
		return PresetTestApplication.quoted(database().dataSource(), "Account");
	}

}
