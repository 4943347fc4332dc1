package io.github.authadapter.observability;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.UserNotFoundException;
import io.github.authadapter.autoconfigure.AuthAdapterProperties;
import io.github.authadapter.autoconfigure.AuthAdapterSchemaHealthIndicator;
import io.github.authadapter.autoconfigure.AuthAdapterSchemaInitializer;
import io.github.authadapter.metrics.AdapterCallTimer;
import io.github.authadapter.test.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * The adapter's timers and the schema health indicator of an application with Actuator, on a real database. Subclasses
 * choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractObservabilityTests {

	private ConfigurableApplicationContext app;

	/**
	 * The database of the application, registered by the subclass as an extension.
	 */
	protected abstract TestDatabase database();

	@BeforeAll
	void start() {
		this.app = new SpringApplicationBuilder(ObservabilityApplication.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "spring.jmx.enabled=false", "logging.level.root=warn",
					"spring.datasource.url=" + database().jdbcUrl(),
					"spring.datasource.username=" + database().username(),
					"spring.datasource.password=" + database().password(), "spring.jpa.hibernate.ddl-auto=validate",
					"auth.adapter.cleanup.cron=-")
			.run();
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void everySessionLookupIsTimedOnceWhetherItFindsOneOrNot() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail("timed@example.com"));
		adapter().createSession(new AdapterSession("timed-session", user.id(), Instant.now().plus(1, ChronoUnit.DAYS)));
		double before = calls("getSessionAndUser", "success").count();

		assertThat(adapter().getSessionAndUser("timed-session")).isPresent();
		assertThat(adapter().getSessionAndUser("timed-session")).isPresent();
		assertThat(adapter().getSessionAndUser("no-such-session")).isEmpty();

		Timer timer = calls("getSessionAndUser", "success");
		assertThat(timer.count()).isEqualTo((long) before + 3);
		assertThat(timer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
	}

	@Test
	void refusedCallsAreTimedWithTheExceptionAsOutcome() {
		assertThatExceptionOfType(UserNotFoundException.class).isThrownBy(() -> adapter()
			.createSession(new AdapterSession("orphan-session", "987654321", Instant.now().plus(1, ChronoUnit.DAYS))));
		assertThatIllegalArgumentException().isThrownBy(() -> adapter().getUserByEmail(" "));

		assertThat(calls("createSession", "UserNotFoundException").count()).isOne();
		assertThat(calls("getUserByEmail", "IllegalArgumentException").count()).isOne();
	}

	@Test
	void databaseFailuresAreTimedAsErrors() {
		JdbcTemplate jdbc = new JdbcTemplate(database().dataSource());
		jdbc.execute("ALTER TABLE sessions RENAME TO sessions_elsewhere");
		try {
			assertThatRuntimeException().isThrownBy(() -> adapter().getSessionAndUser("any-session"));
		}
		finally {
			jdbc.execute("ALTER TABLE sessions_elsewhere RENAME TO sessions");
		}
		assertThat(calls("getSessionAndUser", AdapterCallTimer.ERROR).count()).isOne();
	}

	@Test
	void theHealthIndicatorReportsTheSchemaVersion() {
		Health health = this.app.getBean("authAdapterHealthIndicator", HealthIndicator.class).health(true);

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("schemaVersion", "4")
			.containsEntry("expectedVersion", "4")
			.containsEntry("historyTable", "auth_adapter_schema_history");
	}

	@Test
	void theHealthIndicatorIsDownWhenTheHistoryTableIsMissing() {
		Health health = healthWithHistoryTable("no_such_history");

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("schemaVersion", "none").containsEntry("expectedVersion", "4");
	}

	@Test
	void theHealthIndicatorIsUnknownWithoutHistoryWhenTheStarterMayNotMigrate() {
		AuthAdapterProperties.Schema schema = new AuthAdapterProperties.Schema();
		schema.setHistoryTable("no_such_history");
		schema.setInitialize(DatabaseInitializationMode.NEVER);

		Health health = health(schema);

		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("schemaVersion", "none");
	}

	@Test
	void theHealthIndicatorIsDownWhenTheSchemaIsBehind() {
		new JdbcTemplate(database().dataSource()).execute(
				"CREATE TABLE \"behind_history\" AS SELECT * FROM \"auth_adapter_schema_history\" WHERE 1 = 0");

		Health health = healthWithHistoryTable("behind_history");

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("schemaVersion", "none")
			.containsEntry("expectedVersion", "4")
			.containsEntry("problem", "4 migration(s) of the Auth.js tables not applied");
	}

	@Test
	void theHealthIndicatorIsDownWhenAMigrationFailed() {
		new JdbcTemplate(database().dataSource()).execute(
				"CREATE TABLE \"failed_history\" AS SELECT * FROM \"auth_adapter_schema_history\"");
		new JdbcTemplate(database().dataSource()).update("UPDATE \"failed_history\" SET \"success\" = ?", false);

		Health health = healthWithHistoryTable("failed_history");

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("problem", "a migration of the Auth.js tables failed");
	}

	private Health healthWithHistoryTable(String historyTable) {
		AuthAdapterProperties.Schema schema = new AuthAdapterProperties.Schema();
		schema.setHistoryTable(historyTable);
		return health(schema);
	}

	private Health health(AuthAdapterProperties.Schema schema) {
		return new AuthAdapterSchemaHealthIndicator(new AuthAdapterSchemaInitializer(database().dataSource(), schema))
			.health(true);
	}

	private Timer calls(String method, String outcome) {
		return this.app.getBean(MeterRegistry.class)
			.get(AdapterCallTimer.CALLS)
			.tag("method", method)
			.tag("outcome", outcome)
			.timer();
	}

	private Adapter adapter() {
		return this.app.getBean(Adapter.class);
	}

}
