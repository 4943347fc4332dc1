package io.github.authadapter.presets;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.jpa.JpaUserSessions;
import io.github.authadapter.test.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link JpaUserSessions}, which lists a user's sessions and signs the user out everywhere, on the schema of Auth.js's
 * Prisma adapter: text user ids and Prisma's entities rather than the starter's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrismaPresetUserSessionsTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	private ConfigurableApplicationContext context;

	private Adapter adapter;

	private JpaUserSessions userSessions;

	@BeforeAll
	void start() {
		PresetTestApplication.createSchema(database.dataSource(), "presets/prisma/v5-postgresql.sql");
		this.context = new SpringApplicationBuilder(PrismaApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.jpa.hibernate.ddl-auto=validate", "spring.main.banner-mode=off",
					"auth.adapter.schema.preset=prisma")
			.initializers((context) -> context.getBeanFactory().registerSingleton("dataSource", database.dataSource()))
			.run();
		this.adapter = this.context.getBean(Adapter.class);
		this.userSessions = new JpaUserSessions(this.context.getBean(EntityManagerFactory.class),
				this.context.getBean(PlatformTransactionManager.class));
	}

	@AfterAll
	void stop() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void listsAndDeletesTheSessionsOfOneUser() {
		AdapterUser user = this.adapter.createUser(AdapterUser.withEmail("ada-" + UUID.randomUUID() + "@example.com"));
		AdapterUser other = this.adapter.createUser(AdapterUser.withEmail("eve-" + UUID.randomUUID() + "@example.com"));
		AdapterSession soon = session(user, 1);
		AdapterSession later = session(user, 30);
		AdapterSession theirs = session(other, 30);
		assertThat(user.id()).as("the id of the application's UserIdGenerator").startsWith("user_");

		assertThat(this.userSessions.findByUserId(user.id())).extracting(AdapterSession::sessionToken)
			.containsExactly(soon.sessionToken(), later.sessionToken());
		assertThat(this.userSessions.deleteByUserId(user.id())).isEqualTo(2);
		assertThat(this.userSessions.findByUserId(user.id())).isEmpty();
		assertThat(this.adapter.getSessionAndUser(theirs.sessionToken())).isPresent();
	}

	@Test
	void anUnknownUserHasNoSessions() {
		assertThat(this.userSessions.findByUserId("user_unknown")).isEmpty();
		assertThat(this.userSessions.deleteByUserId("user_unknown")).isZero();
	}

	private AdapterSession session(AdapterUser user, int days) {
		return this.adapter.createSession(new AdapterSession("token-" + UUID.randomUUID(), user.id(),
				Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS)));
	}

}
