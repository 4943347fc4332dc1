package io.github.authadapter.presets;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.SessionUpdate;
import io.github.authadapter.jpa.UserIdGenerator;
import io.github.authadapter.test.AbstractAdapterContractTests;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract suite on the PostgreSQL schema that Auth.js's Prisma adapter creates, with
 * {@code auth.adapter.schema.preset=prisma}.
 */
class PrismaPresetContractTests extends AbstractAdapterContractTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

	@Override
	protected Adapter createAdapter(DataSource dataSource) {
		PresetTestApplication.createSchema(dataSource, "presets/prisma-schema.sql");
		return startApplication(dataSource, PrismaApplication.class, "auth.adapter.schema.preset=prisma");
	}

	@Override
	protected String table(String authJsName) {
		return switch (authJsName) {
			case "users" -> "\"User\"";
			case "accounts" -> "\"Account\"";
			case "sessions" -> "\"Session\"";
			case "verification_token" -> "\"VerificationToken\"";
			case "authenticators" -> "\"Authenticator\"";
			default -> throw new IllegalArgumentException(authJsName);
		};
	}

	/**
	 * An application with ids of its own for new users.
	 */
	@Import(PresetTestApplication.class)
	static class PrismaApplication {

		@Bean
		UserIdGenerator userIdGenerator() {
			return () -> "user_" + UUID.randomUUID();
		}

	}

	@Override
	protected Object userKey(String id) {
		return id;
	}

	@Override
	protected boolean storesExpiresAtPast2038() {
		return false;
	}

	@Test
	void usersGetTheApplicationsTextIdsAndPrismasTimestamps() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail("prisma@example.com"));
		Map<String, Object> row = jdbc().queryForMap(
				"SELECT id, \"createdAt\", \"updatedAt\" FROM \"User\" WHERE email = 'prisma@example.com'");
		assertThat(row.get("id")).isEqualTo(user.id());
		assertThat(user.id()).startsWith("user_");
		assertThat(row.get("createdAt")).isNotNull().isEqualTo(row.get("updatedAt"));
	}

	@Test
	void movingASessionsExpirySetsPrismasUpdatedAt() throws InterruptedException {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail("prisma-session@example.com"));
		Instant expires = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
		adapter().createSession(new AdapterSession("prisma-session", user.id(), expires));
		Thread.sleep(5);

		adapter().updateSession(new SessionUpdate("prisma-session", expires.plus(1, ChronoUnit.DAYS)));

		Map<String, Object> row = jdbc().queryForMap(
				"SELECT \"createdAt\", \"updatedAt\" FROM \"Session\" WHERE \"sessionToken\" = 'prisma-session'");
		assertThat((Timestamp) row.get("updatedAt")).isAfter((Timestamp) row.get("createdAt"));
	}

}
