package io.github.authadapter.presets;

import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import io.github.authadapter.test.AuthJsAdapterScript;

/**
 * Auth.js's own {@code @auth/drizzle-adapter} on drizzle-orm with the adapter's default tables
 * ({@code interop/drizzle}, installed with {@code npm ci --prefix interop/drizzle}), round trips with the starter on
 * the schema that drizzle-kit makes of those tables.
 */
abstract class AbstractDrizzleAdapterInteropTests extends AbstractAuthJsAdapterInteropTests {

	@Override
	protected AuthJsAdapterScript script() {
		return AuthJsAdapterScript.drizzleAdapter(database());
	}

	@Override
	protected void createSchema(DataSource dataSource) {
		PresetTestApplication.createSchema(dataSource, DrizzleSchema.ddl(dataSource));
	}

	@Override
	protected String idPattern() {
		return "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
	}

	@Override
	protected ChronoUnit expiryPrecision() {
		return DrizzleSchema.expiryPrecision(database().dataSource());
	}

	@Override
	protected String accountsTable() {
		return PresetTestApplication.quoted(database().dataSource(), "account");
	}

}
