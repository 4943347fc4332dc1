package io.github.authadapter.presets;

import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.test.AbstractAdapterContractTests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract suite on the schema that drizzle-kit makes of @auth/drizzle-adapter's default tables, with
 * {@code auth.adapter.schema.preset=drizzle}.
 */
abstract class AbstractDrizzlePresetContractTests extends AbstractAdapterContractTests {

	@Override
	protected Adapter createAdapter(DataSource dataSource) {
		PresetTestApplication.createSchema(dataSource, DrizzleSchema.ddl(dataSource));
		return startApplication(dataSource, PresetTestApplication.class, "auth.adapter.schema.preset=drizzle",
				"spring.jpa.hibernate.ddl-auto=none");
	}

	@Override
	protected String table(String authJsName) {
		return switch (authJsName) {
			case "users" -> quoted("user");
			case "accounts" -> quoted("account");
			case "sessions" -> quoted("session");
			case "verification_token" -> quoted("verificationToken");
			case "authenticators" -> quoted("authenticator");
			default -> throw new IllegalArgumentException(authJsName);
		};
	}

	@Override
	protected Object userKey(String id) {
		return id;
	}

	@Override
	protected boolean storesExpiresAtPast2038() {
		return false;
	}

	// Drizzle's MySQL tables keep expiries in a TIMESTAMP, which has no fractions of a second and ends in 2038, and
	// tokens in VARCHAR(255) columns (id_token in 2048).
	private boolean isMysql() {
		return DrizzleSchema.provider(dataSource()).equals("mysql");
	}

	@Override
	protected ChronoUnit expiryPrecision() {
		return DrizzleSchema.expiryPrecision(dataSource());
	}

	@Override
	protected boolean storesExpiriesPast2038() {
		return !isMysql();
	}

	@Override
	protected int longestToken() {
		return isMysql() ? 255 : 0;
	}

	@Test
	void newUsersGetRandomUuidsAsTheDrizzleAdapterMakesThem() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail("uuid@example.com"));

		assertThat(user.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
	}

}
