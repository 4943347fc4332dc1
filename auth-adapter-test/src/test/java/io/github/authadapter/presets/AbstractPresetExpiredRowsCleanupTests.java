package io.github.authadapter.presets;

import java.time.Duration;
import java.time.Instant;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.jpa.ExpiredRowsCleaner;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cleanup of expired rows on the schema of a preset whose tables the starter's general cleanup suite, which writes
 * to the starter's own tables, cannot reach: one expired and one live session and verification token, written
 * through the adapter, of which the cleanup deletes the expired ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractPresetExpiredRowsCleanupTests {

	private ConfigurableApplicationContext context;

	protected abstract TestDatabase database();

	/**
	 * Creates the preset's tables, as its Auth.js adapter's own tool would.
	 */
	protected abstract void createSchema();

	/**
	 * The value of {@code auth.adapter.schema.preset}.
	 */
	protected abstract String preset();

	/**
	 * The sessions table, as SQL names it.
	 */
	protected abstract String sessionsTable();

	/**
	 * The verification tokens table, as SQL names it.
	 */
	protected abstract String verificationTokensTable();

	@BeforeAll
	void start() {
		createSchema();
		this.context = new SpringApplicationBuilder(PresetTestApplication.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "auth.adapter.schema.preset=" + preset(),
					"auth.adapter.cleanup.cron=-")
			.initializers((context) -> context.getBeanFactory().registerSingleton("dataSource", database().dataSource()))
			.run();
	}

	@AfterAll
	void stop() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void deletesWhatExpiredAMinuteAgoAndKeepsWhatExpiresInAnHour() {
		Adapter adapter = this.context.getBean(Adapter.class);
		Instant now = Instant.now();
		AdapterUser user = adapter.createUser(AdapterUser.withEmail("cleanup@example.com"));
		adapter.createSession(new AdapterSession("expired", user.id(), now.minus(Duration.ofMinutes(1))));
		adapter.createSession(new AdapterSession("live", user.id(), now.plus(Duration.ofHours(1))));
		adapter.createVerificationToken(
				new VerificationToken("cleanup@example.com", "expired", now.minus(Duration.ofMinutes(1))));
		adapter.createVerificationToken(
				new VerificationToken("cleanup@example.com", "live", now.plus(Duration.ofHours(1))));

		ExpiredRowsCleaner.Result result = this.context.getBean(ExpiredRowsCleaner.class).deleteExpired(now);

		assertThat(result).isEqualTo(new ExpiredRowsCleaner.Result(1, 1));
		JdbcTemplate jdbc = new JdbcTemplate(database().dataSource());
		String sessionToken = PresetTestApplication.quoted(database().dataSource(), "sessionToken");
		assertThat(jdbc.queryForList("SELECT " + sessionToken + " FROM " + sessionsTable(), String.class))
			.containsExactly("live");
		assertThat(jdbc.queryForList("SELECT token FROM " + verificationTokensTable(), String.class))
			.containsExactly("live");
	}

}
