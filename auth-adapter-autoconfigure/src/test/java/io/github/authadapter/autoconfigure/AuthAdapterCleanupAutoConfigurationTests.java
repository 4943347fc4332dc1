package io.github.authadapter.autoconfigure;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.jpa.ExpiredRowsCleaner;
import io.github.authadapter.jpa.ExpiredRowsListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AuthAdapterCleanupAutoConfiguration}.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuthAdapterCleanupAutoConfigurationTests {

	private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, FlywayAutoConfiguration.class, AuthAdapterAutoConfiguration.class,
				AuthAdapterCleanupAutoConfiguration.class))
		// Without a URL, each context gets an embedded H2 database of its own.
		.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "spring.flyway.enabled=false");

	// Tests log at WARN (logback-test.xml), and a context runner applies no logging.level properties.
	@BeforeEach
	void logTheCleanerAtInfo() {
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel(ExpiredRowsCleaner.class.getName(), LogLevel.INFO);
	}

	@AfterEach
	void resetTheCleanersLogLevel() {
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel(ExpiredRowsCleaner.class.getName(), null);
	}

	@Test
	void deletesExpiredSessionsAndVerificationTokens() {
		this.contextRunner.run((context) -> {
			Adapter adapter = context.getBean(Adapter.class);
			AdapterUser user = adapter.createUser(AdapterUser.withEmail("expiring@example.com"));
			adapter.createSession(new AdapterSession("expired", user.id(), NOW.minusSeconds(1)));
			adapter.createSession(new AdapterSession("valid", user.id(), NOW.plusSeconds(1)));
			adapter.createVerificationToken(new VerificationToken("expiring@example.com", "old", NOW.minusSeconds(1)));
			adapter.createVerificationToken(new VerificationToken("expiring@example.com", "new", NOW.plusSeconds(1)));

			ExpiredRowsCleaner.Result result = context.getBean(ExpiredRowsCleaner.class).deleteExpired(NOW);

			assertThat(result).isEqualTo(new ExpiredRowsCleaner.Result(1, 1));
			assertThat(adapter.getSessionAndUser("expired")).isEmpty();
			assertThat(adapter.getSessionAndUser("valid")).isPresent();
			assertThat(adapter.useVerificationToken("expiring@example.com", "old")).isEmpty();
			assertThat(adapter.useVerificationToken("expiring@example.com", "new")).isPresent();
		});
	}

	@Test
	void deletesInBatchesOfTheConfiguredSize() {
		this.contextRunner.withUserConfiguration(RecordingListenerConfiguration.class)
			.withPropertyValues("auth.adapter.cleanup.batch-size=2")
			.run((context) -> {
				Adapter adapter = context.getBean(Adapter.class);
				AdapterUser user = adapter.createUser(AdapterUser.withEmail("batches@example.com"));
				for (int i = 0; i < 5; i++) {
					adapter.createSession(new AdapterSession("expired-" + i, user.id(), NOW.minusSeconds(1)));
				}

				context.getBean(ExpiredRowsCleaner.class).deleteExpired(NOW);

				assertThat(context.getBean(RecordingListener.class).batches).containsExactly(
						ExpiredRowsCleaner.SESSIONS + "=2", ExpiredRowsCleaner.SESSIONS + "=2",
						ExpiredRowsCleaner.SESSIONS + "=1", ExpiredRowsCleaner.VERIFICATION_TOKENS + "=0");
			});
	}

	@Test
	void refusesABatchSizeBelowOneAtStartup() {
		this.contextRunner.withPropertyValues("auth.adapter.cleanup.batch-size=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("auth.adapter.cleanup.batch-size"));
	}

	@Test
	void countsDeletedRowsPerTableInAMicrometerCounter() {
		this.contextRunner.withUserConfiguration(MeterRegistryConfiguration.class).run((context) -> {
			Adapter adapter = context.getBean(Adapter.class);
			AdapterUser user = adapter.createUser(AdapterUser.withEmail("counted@example.com"));
			adapter.createSession(new AdapterSession("expired-1", user.id(), NOW.minusSeconds(1)));
			adapter.createSession(new AdapterSession("expired-2", user.id(), NOW.minusSeconds(1)));
			adapter.createVerificationToken(new VerificationToken("counted@example.com", "old", NOW.minusSeconds(1)));
			ExpiredRowsCleaner cleaner = context.getBean(ExpiredRowsCleaner.class);

			cleaner.deleteExpired(NOW);
			cleaner.deleteExpired(NOW);

			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("auth.adapter.cleanup.deleted").tag("table", "sessions").counter().count())
				.isEqualTo(2);
			assertThat(registry.get("auth.adapter.cleanup.deleted")
				.tag("table", "verification_tokens")
				.counter()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void cleansUpWithoutMicrometer() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("io.micrometer.core")).run((context) -> {
			assertThat(context).doesNotHaveBean(ExpiredRowsCounter.class);
			assertThat(context.getBean(ExpiredRowsCleaner.class).deleteExpired(NOW))
				.isEqualTo(new ExpiredRowsCleaner.Result(0, 0));
		});
	}

	@Test
	void logsWhatItDeletedAtInfoButNoToken(CapturedOutput output) {
		this.contextRunner.run((context) -> {
			Adapter adapter = context.getBean(Adapter.class);
			AdapterUser user = adapter.createUser(AdapterUser.withEmail("logged@example.com"));
			adapter.createSession(new AdapterSession("secret-session-token", user.id(), NOW.minusSeconds(1)));
			adapter.createVerificationToken(
					new VerificationToken("logged@example.com", "secret-verification-token", NOW.minusSeconds(1)));

			context.getBean(ExpiredRowsCleaner.class).deleteExpired(NOW);

			assertThat(output).containsPattern(
					"INFO .*Deleted 1 expired sessions and 1 expired verification tokens in \\d+ ms")
				.doesNotContain("secret-session-token")
				.doesNotContain("secret-verification-token");
		});
	}

	@Test
	void logsNothingAtInfoWhenNothingExpired(CapturedOutput output) {
		this.contextRunner.run((context) -> {
			context.getBean(ExpiredRowsCleaner.class).deleteExpired(NOW);

			assertThat(output).doesNotContain("expired sessions");
		});
	}

	@Test
	void schedulesTheCleanupUnlessItsCronIsADash() {
		this.contextRunner.run((context) -> assertThat(context).getBean(ExpiredRowsCleanup.class)
			.satisfies((cleanup) -> assertThat(cleanup.isRunning()).isTrue()));
		this.contextRunner.withPropertyValues("auth.adapter.cleanup.cron=-")
			.run((context) -> assertThat(context).hasSingleBean(ExpiredRowsCleaner.class)
				.doesNotHaveBean(ExpiredRowsCleanup.class));
	}

	@Test
	void refusesAnInvalidCleanupCronAtStartup() {
		this.contextRunner.withPropertyValues("auth.adapter.cleanup.cron=every five minutes")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("every five minutes"));
	}

	@Test
	void backsOffWhenTheApplicationDefinesACleaner() {
		this.contextRunner.withUserConfiguration(OwnCleanerConfiguration.class)
			.run((context) -> assertThat(context.getBeanNamesForType(ExpiredRowsCleaner.class))
				.containsExactly("ownCleaner"));
	}

	@Configuration(proxyBeanMethods = false)
	static class RecordingListenerConfiguration {

		@Bean
		RecordingListener recordingListener() {
			return new RecordingListener();
		}

	}

	static class RecordingListener implements ExpiredRowsListener {

		final List<String> batches = new CopyOnWriteArrayList<>();

		@Override
		public void deleted(String table, int rows) {
			this.batches.add(table + "=" + rows);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class MeterRegistryConfiguration {

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnCleanerConfiguration {

		@Bean
		ExpiredRowsCleaner ownCleaner(jakarta.persistence.EntityManagerFactory entityManagerFactory,
				org.springframework.transaction.PlatformTransactionManager transactionManager) {
			return new ExpiredRowsCleaner(entityManagerFactory, transactionManager, 10, ExpiredRowsListener.NONE);
		}

	}

}
