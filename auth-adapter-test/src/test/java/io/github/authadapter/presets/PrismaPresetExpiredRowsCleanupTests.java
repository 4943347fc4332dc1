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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cleanup of expired rows on Prisma's schema, whose table names are quoted (or renamed with {@code @@map}) and
 * whose {@code expires} columns hold UTC without a time zone, in a JVM, and so a PostgreSQL session, whose zone is not
 * UTC.
 */
class PrismaPresetExpiredRowsCleanupTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	// Ahead of UTC: an expiry read in this zone would move five hours and 45 minutes into the past.
	private static final TimeZone NON_UTC_ZONE = TimeZone.getTimeZone("Asia/Kathmandu");

	private final JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());

	private @Nullable TimeZone originalZone;

	private @Nullable ConfigurableApplicationContext context;

	@BeforeEach
	void inANonUtcZone() {
		this.originalZone = TimeZone.getDefault();
		TimeZone.setDefault(NON_UTC_ZONE);
	}

	@AfterEach
	void stopApplication() {
		if (this.context != null) {
			this.context.close();
		}
		if (this.originalZone != null) {
			TimeZone.setDefault(this.originalZone);
		}
		this.jdbc.execute("DROP SCHEMA public CASCADE");
		this.jdbc.execute("CREATE SCHEMA public");
	}

	@ParameterizedTest
	@EnumSource(value = PrismaSchema.class, names = { "V5", "V5_MAPPED" })
	void deletesWhatExpiredAMinuteAgoAndKeepsWhatExpiresInAnHour(PrismaSchema schema) {
		PresetTestApplication.createSchema(database.dataSource(), schema.ddl(database.dataSource()));
		this.context = new SpringApplicationBuilder(PrismaApplication.class).web(WebApplicationType.NONE)
			.properties("spring.jpa.hibernate.ddl-auto=validate", "spring.main.banner-mode=off",
					"logging.level.root=warn", "auth.adapter.schema.preset=prisma", "auth.adapter.cleanup.cron=-")
			.properties(schema.properties().toArray(String[]::new))
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton("dataSource", database.dataSource()))
			.run();
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
		String sessionToken = schema.hasSnakeCaseColumns() ? "session_token" : "\"sessionToken\"";
		assertThat(this.jdbc.queryForList("SELECT " + sessionToken + " FROM \"" + schema.table("sessions") + "\"",
				String.class))
			.containsExactly("live");
		assertThat(this.jdbc.queryForList(
				"SELECT token FROM \"" + schema.table("verification_token") + "\"", String.class))
			.containsExactly("live");
	}

}
