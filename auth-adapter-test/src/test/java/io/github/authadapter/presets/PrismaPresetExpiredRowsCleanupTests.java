package io.github.authadapter.presets;

import java.time.Duration;
import java.time.Instant;
import java.util.TimeZone;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.jpa.ExpiredRowsCleaner;
import io.github.authadapter.test.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cleanup of expired rows on Prisma's schema, whose table names are quoted and whose {@code expires} columns hold
 * UTC without a time zone, in a JVM, and so a PostgreSQL session, whose zone is not UTC.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrismaPresetExpiredRowsCleanupTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	// Ahead of UTC: an expiry read in this zone would move five hours and 45 minutes into the past.
	private static final TimeZone NON_UTC_ZONE = TimeZone.getTimeZone("Asia/Kathmandu");

	private @Nullable TimeZone originalZone;

	private @Nullable ConfigurableApplicationContext context;

	@BeforeAll
	void startApplication() {
		this.originalZone = TimeZone.getDefault();
		TimeZone.setDefault(NON_UTC_ZONE);
		PresetTestApplication.createSchema(database.dataSource(), "presets/prisma/v5-postgresql.sql");
		this.context = new SpringApplicationBuilder(PrismaApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.jpa.hibernate.ddl-auto=validate", "spring.main.banner-mode=off",
					"logging.level.root=warn", "auth.adapter.schema.preset=prisma", "auth.adapter.cleanup.cron=-")
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton("dataSource", database.dataSource()))
			.run();
	}

	@AfterAll
	void stopApplication() {
		if (this.context != null) {
			this.context.close();
		}
		if (this.originalZone != null) {
			TimeZone.setDefault(this.originalZone);
		}
	}

	@Test
	void deletesWhatExpiredAMinuteAgoAndKeepsWhatExpiresInAnHour() {
		Adapter adapter = this.context.getBean(Adapter.class);
		Instant now = Instant.now();
		AdapterUser user = adapter.createUser(AdapterUser.withEmail("prisma-cleanup@example.com"));
		adapter.createSession(new AdapterSession("expired", user.id(), now.minus(Duration.ofMinutes(1))));
		adapter.createSession(new AdapterSession("live", user.id(), now.plus(Duration.ofHours(1))));
		adapter.createVerificationToken(
				new VerificationToken("prisma-cleanup@example.com", "expired", now.minus(Duration.ofMinutes(1))));
		adapter.createVerificationToken(
				new VerificationToken("prisma-cleanup@example.com", "live", now.plus(Duration.ofHours(1))));

		ExpiredRowsCleaner.Result result = this.context.getBean(ExpiredRowsCleaner.class).deleteExpired(now);

		assertThat(result).isEqualTo(new ExpiredRowsCleaner.Result(1, 1));
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
		assertThat(jdbc.queryForList("SELECT \"sessionToken\" FROM \"Session\"", String.class)).containsExactly("live");
		assertThat(jdbc.queryForList("SELECT token FROM \"VerificationToken\"", String.class)).containsExactly("live");
	}

}
