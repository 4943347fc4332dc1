package io.github.authadapter.presets;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.SessionUpdate;
import io.github.authadapter.jpa.ColumnNaming;
import io.github.authadapter.test.AbstractAdapterContractTests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contract suite on the schemas that the documented Prisma models of Auth.js's adapters create, with
 * {@code auth.adapter.schema.preset=prisma}: one subclass per version of the models and database.
 */
abstract class AbstractPrismaPresetContractTests extends AbstractAdapterContractTests {

	private final PrismaSchema schema;

	AbstractPrismaPresetContractTests(PrismaSchema schema) {
		this.schema = schema;
	}

	@Override
	protected Adapter createAdapter(DataSource dataSource) {
		String ddl = this.schema.ddl(dataSource);
		PresetTestApplication.createSchema(dataSource, ddl);
		// Hibernate's validation on MySQL calls Prisma's 32-bit INT columns narrower than the entities' longs; the
		// starter's own check of the catalogue takes any width of integer, and runs all the same.
		String validation = ddl.endsWith("mysql.sql") ? "none" : "validate";
		List<String> properties = new ArrayList<>(List.of("auth.adapter.schema.preset=prisma",
				"spring.jpa.hibernate.ddl-auto=" + validation));
		properties.addAll(this.schema.properties());
		return startApplication(dataSource, PresetTestApplication.class, properties.toArray(String[]::new));
	}

	@Override
	protected String table(String authJsName) {
		return quoted(this.schema.table(authJsName));
	}

	@Override
	protected String column(String authJsName) {
		return this.schema.hasSnakeCaseColumns() ? ColumnNaming.SNAKE_CASE.columnName(authJsName)
				: super.column(authJsName);
	}

	@Override
	protected Object userKey(String id) {
		return id;
	}

	@Override
	protected boolean hasAuthenticators() {
		return this.schema.hasAuthenticators();
	}

	@Override
	protected boolean storesExpiresAtPast2038() {
		return false;
	}

	@Test
	void newUsersGetCuidLikeIdsAsPrismasClientMakesThem() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail("cuid@example.com"));

		assertThat(user.id()).matches("c[0-9a-z]{24}");
		assertThat(jdbc().queryForObject("SELECT id FROM " + table("users") + " WHERE email = 'cuid@example.com'",
				String.class))
			.isEqualTo(user.id());
	}

	@Test
	void rowsGetPrismasTimestampsWhereTheSchemaHasThem() throws InterruptedException {
		assumeTrue(this.schema.hasTimestamps(), "this version of the models has no createdAt and updatedAt");
		AdapterUser user = adapter().createUser(AdapterUser.withEmail("timestamps@example.com"));
		Instant expires = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
		adapter().createSession(new AdapterSession("timestamps-session", user.id(), expires));
		Map<String, Object> userRow = jdbc().queryForMap("SELECT " + column("createdAt") + " AS created, "
				+ column("updatedAt") + " AS updated FROM " + table("users") + " WHERE id = ?", user.id());
		assertThat(userRow.get("created")).isNotNull().isEqualTo(userRow.get("updated"));
		Thread.sleep(5);

		adapter().updateSession(new SessionUpdate("timestamps-session", expires.plus(1, ChronoUnit.DAYS)));

		Map<String, Object> sessionRow = jdbc().queryForMap("SELECT " + column("createdAt") + " AS created, "
				+ column("updatedAt") + " AS updated FROM " + table("sessions") + " WHERE " + column("sessionToken")
				+ " = 'timestamps-session'");
		assertThat((Timestamp) sessionRow.get("updated")).isAfter((Timestamp) sessionRow.get("created"));
	}

	@Test
	void accountsAndSessionsGetCuidLikeIdsWhereTheSchemaHasThem() {
		assumeTrue(this.schema.hasRowIds(), "only NextAuth.js v4's models give accounts and sessions ids");
		AdapterUser user = adapter().createUser(AdapterUser.withEmail("v4@example.com"));
		adapter().linkAccount(new AdapterAccount(user.id(), "oauth", "github", "v4-account", null, null, null,
				null, null, null, null));
		adapter().createSession(new AdapterSession("v4-session", user.id(), Instant.now().plus(1, ChronoUnit.DAYS)));

		String accountId = jdbc().queryForObject("SELECT id FROM " + table("accounts") + " WHERE "
				+ column("providerAccountId") + " = 'v4-account'", String.class);
		String sessionId = jdbc().queryForObject("SELECT id FROM " + table("sessions") + " WHERE "
				+ column("sessionToken") + " = 'v4-session'", String.class);
		assertThat(accountId).matches("c[0-9a-z]{24}");
		assertThat(sessionId).matches("c[0-9a-z]{24}").isNotEqualTo(accountId);
	}

}
