package io.github.authadapter.presets;

import java.time.Duration;
import java.time.Instant;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.jpa.ExpiredRowsCleaner;
import io.github.authadapter.test.AuthJsAdapterScript;
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
 * The cleanup of expired rows on the TypeORM adapter's schema, whose expiries are text of milliseconds since the
 * epoch: the batch compares them as that text, which orders as the instants do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractTypeOrmPresetExpiredRowsCleanupTests {

	private ConfigurableApplicationContext context;

	protected abstract TestDatabase database();

	@BeforeAll
	void start() {
		AuthJsAdapterScript.typeOrmAdapter(database()).run("synchronize");
		this.context = new SpringApplicationBuilder(PresetTestApplication.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "auth.adapter.schema.preset=typeorm", "auth.adapter.cleanup.cron=-")
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
		AdapterUser user = adapter.createUser(AdapterUser.withEmail("typeorm-cleanup@example.com"));
		adapter.createSession(new AdapterSession("expired", user.id(), now.minus(Duration.ofMinutes(1))));
		adapter.createSession(new AdapterSession("live", user.id(), now.plus(Duration.ofHours(1))));
		adapter.createVerificationToken(
				new VerificationToken("typeorm-cleanup@example.com", "expired", now.minus(Duration.ofMinutes(1))));
		adapter.createVerificationToken(
				new VerificationToken("typeorm-cleanup@example.com", "live", now.plus(Duration.ofHours(1))));

		ExpiredRowsCleaner.Result result = this.context.getBean(ExpiredRowsCleaner.class).deleteExpired(now);

		assertThat(result).isEqualTo(new ExpiredRowsCleaner.Result(1, 1));
		JdbcTemplate jdbc = new JdbcTemplate(database().dataSource());
		String sessionToken = PresetTestApplication.quoted(database().dataSource(), "sessionToken");
		assertThat(jdbc.queryForList("SELECT " + sessionToken + " FROM sessions", String.class)).containsExactly("live");
		assertThat(jdbc.queryForList("SELECT token FROM verification_tokens", String.class)).containsExactly("live");
	}

}
