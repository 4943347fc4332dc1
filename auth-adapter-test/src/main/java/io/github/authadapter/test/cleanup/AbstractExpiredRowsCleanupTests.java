package io.github.authadapter.test.cleanup;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.jpa.ExpiredRowsCleaner;
import io.github.authadapter.test.cleanup.CleanupTestApplication.DeletedBatches;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cleanup of expired rows on a real database, by two instances of an application at once, each with its own
 * connection pool and persistence unit, as two replicas of a service would run it: {@value #EXPIRED} expired sessions
 * and as many expired verification tokens among {@value #LIVE} live ones of each, in batches of {@value #BATCH_SIZE}.
 * Every expired row goes, exactly once, and no live row does.
 * <p>
 * A database is added with a subclass that supplies its data source; an application with configuration of its own
 * also overrides {@link #configure(SpringApplicationBuilder)}. The suite writes and counts rows with plain SQL in the
 * starter's default tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractExpiredRowsCleanupTests {

	/**
	 * The expired sessions, and as many expired verification tokens, that the two instances delete.
	 */
	public static final int EXPIRED = 100_000;

	/**
	 * The live sessions, and as many live verification tokens, that stay.
	 */
	public static final int LIVE = 10_000;

	private static final int BATCH_SIZE = 1_000;

	// Rows expire days away from now, so that no time zone can move a row to the other side of it.
	private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

	private final List<Instance> instances = new ArrayList<>();

	private @Nullable JdbcTemplate jdbc;

	private String quote = "";

	/**
	 * The data source of an empty database, or of one with the Auth.js tables in it, for the first instance.
	 */
	protected abstract DataSource dataSource();

	/**
	 * The data source of the second instance, on the same database: by default a new Hikari pool with the settings of
	 * {@link #dataSource()} when that is one, which the suite closes at the end, else {@link #dataSource()} itself.
	 */
	protected DataSource secondDataSource() {
		if (dataSource() instanceof HikariDataSource first) {
			HikariDataSource second = new HikariDataSource();
			first.copyStateTo(second);
			second.setPoolName(null);
			return second;
		}
		return dataSource();
	}

	/**
	 * Customises each instance of the application, {@link CleanupTestApplication} on its data source: add
	 * configuration of your own with {@code application.sources(...)}, or properties with
	 * {@code application.properties(...)}.
	 * @return the builder
	 */
	protected SpringApplicationBuilder configure(SpringApplicationBuilder application) {
		return application;
	}

	@BeforeAll
	void startTwoInstances() throws Exception {
		// One after the other, so that the first creates the tables.
		this.instances.add(new Instance(start(dataSource()), dataSource(), false));
		DataSource second = secondDataSource();
		this.instances.add(new Instance(start(second), second, second != dataSource()));
		this.jdbc = new JdbcTemplate(dataSource());
		try (var connection = dataSource().getConnection()) {
			this.quote = connection.getMetaData().getIdentifierQuoteString().trim();
		}
	}

	private ConfigurableApplicationContext start(DataSource dataSource) {
		return configure(new SpringApplicationBuilder(CleanupTestApplication.class).web(WebApplicationType.NONE)
			.properties("spring.jpa.hibernate.ddl-auto=validate", "spring.main.banner-mode=off",
					"spring.jpa.open-in-view=false", "logging.level.root=warn",
					// The tests run the cleaner by hand, at an instant of their choosing, in batches of the default size.
					"auth.adapter.cleanup.cron=-", "auth.adapter.cleanup.batch-size=" + BATCH_SIZE)
			.initializers((context) -> context.getBeanFactory().registerSingleton("dataSource", dataSource)))
			.run();
	}

	@AfterAll
	void stopInstances() {
		this.instances.forEach(Instance::close);
	}

	@BeforeEach
	void emptyTables() {
		jdbc().update("DELETE FROM sessions");
		jdbc().update("DELETE FROM verification_token");
		this.instances.forEach(Instance::forgetDeletions);
	}

	@Test
	void twoInstancesAtOnceDeleteEveryExpiredRowExactlyOnceAndNoLiveRow() throws Exception {
		insertRows("expired", EXPIRED, NOW.minus(Duration.ofDays(2)));
		insertRows("live", LIVE, NOW.plus(Duration.ofDays(2)));
		ExecutorService executor = Executors.newFixedThreadPool(this.instances.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<ExpiredRowsCleaner.Result>> results = new ArrayList<>();
			for (Instance instance : this.instances) {
				results.add(executor.submit(() -> {
					start.await();
					return instance.cleaner().deleteExpired(NOW);
				}));
			}
			long started = System.nanoTime();
			start.countDown();
			// An exception in either instance, such as a deadlock, fails the test here.
			ExpiredRowsCleaner.Result first = results.get(0).get(2, TimeUnit.MINUTES);
			ExpiredRowsCleaner.Result second = results.get(1).get(2, TimeUnit.MINUTES);
			Duration took = Duration.ofNanos(System.nanoTime() - started);

			assertThat(first.sessions() + second.sessions()).isEqualTo(EXPIRED);
			assertThat(first.verificationTokens() + second.verificationTokens()).isEqualTo(EXPIRED);
			assertThat(remaining("sessions", quote("sessionToken"))).hasSize(LIVE)
				.allMatch((token) -> token.startsWith("live-"));
			assertThat(remaining("verification_token", "token")).hasSize(LIVE)
				.allMatch((token) -> token.startsWith("live-"));
			for (Instance instance : this.instances) {
				assertThat(instance.batches().sessions).allMatch((rows) -> rows <= BATCH_SIZE);
				assertThat(instance.batches().verificationTokens).allMatch((rows) -> rows <= BATCH_SIZE);
			}
			assertThat(this.instances.stream().mapToDouble((instance) -> instance.deletedCount("sessions")).sum())
				.isEqualTo(EXPIRED);
			assertThat(this.instances.stream()
				.mapToDouble((instance) -> instance.deletedCount("verification_tokens"))
				.sum()).isEqualTo(EXPIRED);
			// The figures for docs/RELIABILITY.md.
			System.out.printf("%s: two instances deleted %d expired sessions and %d expired verification tokens"
					+ " among %d live ones each in %d ms; first instance %s in %s batches, second %s in %s batches%n",
					databaseName(), EXPIRED, EXPIRED, LIVE, took.toMillis(), first, this.instances.get(0).batchCounts(),
					second, this.instances.get(1).batchCounts());
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void deletesAtMostTheBatchSizeAStatementUntilABatchFindsFewer() {
		insertRows("expired", 2_500, NOW.minus(Duration.ofDays(2)));
		insertRows("live", 10, NOW.plus(Duration.ofDays(2)));
		Instance instance = this.instances.get(0);

		ExpiredRowsCleaner.Result result = instance.cleaner().deleteExpired(NOW);

		assertThat(result).isEqualTo(new ExpiredRowsCleaner.Result(2_500, 2_500));
		assertThat(instance.batches().sessions).containsExactly(1_000, 1_000, 500);
		assertThat(instance.batches().verificationTokens).containsExactly(1_000, 1_000, 500);
		assertThat(remaining("sessions", quote("sessionToken"))).hasSize(10);
	}

	private void insertRows(String prefix, int count, Instant expires) {
		long userId = Long.parseLong(this.instances.get(0)
			.adapter()
			.getUserByEmail("cleanup@example.com")
			.orElseGet(() -> this.instances.get(0).adapter().createUser(AdapterUser.withEmail("cleanup@example.com")))
			.id());
		Timestamp timestamp = Timestamp.from(expires);
		int rowsPerStatement = 1_000;
		for (int first = 0; first < count; first += rowsPerStatement) {
			int rows = Math.min(rowsPerStatement, count - first);
			List<Object> sessionValues = new ArrayList<>();
			List<Object> tokenValues = new ArrayList<>();
			for (int i = first; i < first + rows; i++) {
				sessionValues.addAll(List.of(prefix + "-" + i, userId, timestamp));
				tokenValues.addAll(List.of("cleanup@example.com", prefix + "-" + i, timestamp));
			}
			// Many rows a statement, so that 220,000 rows go in within seconds on every database.
			jdbc().update(
					multiRowInsert("sessions", quote("sessionToken") + ", " + quote("userId") + ", expires", rows),
					sessionValues.toArray());
			jdbc().update(multiRowInsert("verification_token", "identifier, token, expires", rows),
					tokenValues.toArray());
		}
	}

	private static String multiRowInsert(String table, String columns, int rows) {
		return "INSERT INTO " + table + " (" + columns + ") VALUES "
				+ String.join(", ", Collections.nCopies(rows, "(?, ?, ?)"));
	}

	private List<String> remaining(String table, String tokenColumn) {
		return jdbc().queryForList("SELECT " + tokenColumn + " FROM " + table, String.class);
	}

	private String databaseName() {
		return jdbc().execute((Connection connection) -> connection.getMetaData().getDatabaseProductName());
	}

	private String quote(String column) {
		return this.quote + column + this.quote;
	}

	private JdbcTemplate jdbc() {
		if (this.jdbc == null) {
			throw new IllegalStateException("The instances have not been started");
		}
		return this.jdbc;
	}

	/**
	 * One instance of the application, on a connection pool of its own.
	 */
	private record Instance(ConfigurableApplicationContext context, DataSource dataSource, boolean ownsDataSource) {

		ExpiredRowsCleaner cleaner() {
			return this.context.getBean(ExpiredRowsCleaner.class);
		}

		Adapter adapter() {
			return this.context.getBean(Adapter.class);
		}

		DeletedBatches batches() {
			return this.context.getBean(DeletedBatches.class);
		}

		String batchCounts() {
			return batches().sessions.size() + " + " + batches().verificationTokens.size();
		}

		void forgetDeletions() {
			batches().clear();
			this.context.getBean(MeterRegistry.class).clear();
		}

		double deletedCount(String table) {
			return this.context.getBean(MeterRegistry.class)
				.get("auth.adapter.cleanup.deleted")
				.tag("table", table)
				.counter()
				.count();
		}

		void close() {
			this.context.close();
			if (this.ownsDataSource && this.dataSource instanceof AutoCloseable closeable) {
				try {
					closeable.close();
				}
				catch (Exception ex) {
					throw new IllegalStateException("Could not close the second instance's data source", ex);
				}
			}
		}

	}

}
