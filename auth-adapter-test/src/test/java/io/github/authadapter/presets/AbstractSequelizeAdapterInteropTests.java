package io.github.authadapter.presets;

import java.util.UUID;

import javax.sql.DataSource;

import io.github.authadapter.test.AuthJsAdapterScript;

/**
 * Auth.js's own {@code @auth/sequelize-adapter} on Sequelize ({@code interop/sequelize}, installed with
 * {@code npm ci --prefix interop/sequelize}), round trips with the starter on the tables that Sequelize's
 * sync makes of the adapter's own models.
 */
abstract class AbstractSequelizeAdapterInteropTests extends AbstractAuthJsAdapterInteropTests {

	@Override
	protected AuthJsAdapterScript script() {
		return AuthJsAdapterScript.sequelizeAdapter(database());
	}

	@Override
	protected void createSchema(DataSource dataSource) {
		script().run("synchronize");
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
	protected String userIdColumn() {
		return "user_id";
	}

	@Override
	protected String accountsTable() {
		return "accounts";
	}

}
