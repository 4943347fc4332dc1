package io.github.authadapter.dialect;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.jpa.DatabaseDialect;
import io.github.authadapter.jpa.ExpiredRowsCleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The fallback in standard SQL, on a real database that the starter has no dialect for: HSQLDB, in memory, a new one
 * for each test. Such an application creates the tables itself; here Hibernate does.
 */
@ExtendWith(OutputCaptureExtension.class)
class StandardDialectOnHsqldbTests {

	private static final String HSQLDB = "HSQL Database Engine";

	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	@Test
	void isChosenWithAWarningThatNamesTheDatabase(CapturedOutput output) {
		DatabaseDialect dialect = DatabaseDialect.of(newDatabase());
		assertThat(dialect).hasToString(HSQLDB);
		assertThat(dialect.migrationsLocation()).isEmpty();
		assertThat(output).contains("WARN")
			.contains("auth-adapter has no dialect for " + HSQLDB + " and uses standard SQL there")
			.contains("set auth.adapter.schema.initialize=never");
	}

	@Test
	void theStarterRefusesToMigrateItWithAClearMessage() {
		assertThatException().isThrownBy(() -> start(newDatabase(), "auth.adapter.schema.initialize=always"))
			.havingRootCause()
			.isInstanceOf(IllegalStateException.class)
			.withMessage("auth-adapter has no migrations for " + HSQLDB
					+ ". Create the Auth.js tables yourself and set auth.adapter.schema.initialize=never.");
	}

	@Test
	void ofConcurrentUsesOfATokenOneSucceeds() throws Exception {
		try (ConfigurableApplicationContext context = startOnTablesOfHibernate()) {
			Adapter adapter = context.getBean(Adapter.class);
			int threads = 8;
			ExecutorService executor = Executors.newFixedThreadPool(threads);
			try {
				for (int round = 0; round < 20; round++) {
					VerificationToken token = new VerificationToken("race@example.com", "token-" + round,
							NOW.plus(1, ChronoUnit.DAYS));
					adapter.createVerificationToken(token);
					CyclicBarrier start = new CyclicBarrier(threads);
					List<Future<Optional<VerificationToken>>> uses = new ArrayList<>();
					for (int i = 0; i < threads; i++) {
						Callable<Optional<VerificationToken>> use = () -> {
							start.await();
							return adapter.useVerificationToken(token.identifier(), token.token());
						};
						uses.add(executor.submit(use));
					}
					List<VerificationToken> returned = new ArrayList<>();
					for (Future<Optional<VerificationToken>> use : uses) {
						use.get().ifPresent(returned::add);
					}
					assertThat(returned).as("round " + round).containsExactly(token);
				}
			}
			finally {
				executor.shutdownNow();
			}
		}
	}

	@Test
	void expiredRowsAreDeletedInBatches() {
		try (ConfigurableApplicationContext context = startOnTablesOfHibernate("auth.adapter.cleanup.batch-size=2")) {
			Adapter adapter = context.getBean(Adapter.class);
			AdapterUser user = adapter.createUser(AdapterUser.withEmail("cleanup@example.com"));
			for (int i = 0; i < 5; i++) {
				adapter.createSession(new AdapterSession("expired-" + i, user.id(), NOW.minusSeconds(60)));
				adapter.createVerificationToken(
						new VerificationToken("cleanup@example.com", "expired-" + i, NOW.minusSeconds(60)));
			}
			adapter.createSession(new AdapterSession("live", user.id(), NOW.plusSeconds(3600)));
			adapter.createVerificationToken(new VerificationToken("cleanup@example.com", "live", NOW.plusSeconds(3600)));

			assertThat(context.getBean(ExpiredRowsCleaner.class).deleteExpired(NOW))
				.isEqualTo(new ExpiredRowsCleaner.Result(5, 5));
			assertThat(adapter.getSessionAndUser("live")).isPresent();
			assertThat(adapter.getSessionAndUser("expired-0")).isEmpty();
			assertThat(adapter.useVerificationToken("cleanup@example.com", "live")).isPresent();
		}
	}

	private static ConfigurableApplicationContext startOnTablesOfHibernate(String... properties) {
		// Flyway has no support for HSQLDB either, so the application's own migrations are off too.
		List<String> all = new ArrayList<>(List.of("auth.adapter.schema.initialize=never",
				"spring.jpa.hibernate.ddl-auto=create", "spring.flyway.enabled=false"));
		all.addAll(List.of(properties));
		return start(newDatabase(), all.toArray(String[]::new));
	}

	private static ConfigurableApplicationContext start(DataSource dataSource, String... properties) {
		return new SpringApplicationBuilder(DialectTestApplication.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "spring.jpa.open-in-view=false", "auth.adapter.cleanup.cron=-")
			.properties(properties)
			.initializers((context) -> context.getBeanFactory().registerSingleton("dataSource", dataSource))
			.run();
	}

	private static DataSource newDatabase() {
		return new DriverManagerDataSource("jdbc:hsqldb:mem:" + UUID.randomUUID(), "SA", "");
	}

}
