package io.github.authadapter.devices;

import java.sql.Connection;
import java.sql.SQLException;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The schema that @auth/pg-adapter documents, which has no device columns: sign-in, the sliding expiry and the list
 * of sessions work as before, without devices.
 */
class PgAdapterSessionDeviceTests extends AbstractSessionDeviceTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

	@Override
	protected void createSchema() {
		try (Connection connection = database.dataSource().getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("presets/pg-adapter-schema.sql"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create pg-adapter's schema", ex);
		}
	}

	@Override
	protected String[] properties() {
		// Hibernate's validation would call the schema's SERIAL int4 ids narrower than the entities' BIGINT; the
		// limits on sign-in links have their own table, which the starter's migrations would create.
		return new String[] { "auth.adapter.schema.preset=pg-adapter", "spring.jpa.hibernate.ddl-auto=none",
				"auth.adapter.email.rate-limit.enabled=false" };
	}

	@Override
	protected boolean keepsDevices() {
		return false;
	}

}
