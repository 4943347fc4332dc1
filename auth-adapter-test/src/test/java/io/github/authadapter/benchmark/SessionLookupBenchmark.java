package io.github.authadapter.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.SessionAndUser;
import io.github.authadapter.autoconfigure.AuthAdapterProperties;
import io.github.authadapter.autoconfigure.AuthAdapterSchemaInitializer;
import io.github.authadapter.jpa.JpaAdapter;
import io.github.authadapter.jpa.SessionEntity;
import io.github.authadapter.jpa.UserEntity;
import jakarta.persistence.EntityManager;
import io.github.authadapter.test.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session lookups per second at 100,000 sessions on PostgreSQL: @auth/pg-adapter's two statements on its own
 * schema (the baseline), the same statements on the starter's schema, the starter's Adapter, its one statement as a
 * plain prepared statement on the same pool (the floor), and the JPQL join of managed entities that the Adapter ran
 * before its plain JDBC lookup. Run it with
 * {@code mvn -pl auth-adapter-test -am test -Dtest=SessionLookupBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbenchmark=true}, and {@code -Dbenchmark.threads=1,4,16} for concurrent callers; it reports ratios against the
 * baseline and against plain JDBC measured in the same run.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SessionLookupBenchmark {

	private static final int SESSIONS = 100_000;

	private static final Duration WARM_UP = Duration.ofSeconds(2);

	private static final Duration MEASUREMENT = Duration.ofSeconds(2);

	private static final int ROUNDS = 5;

	private static final String BASELINE = "@auth/pg-adapter statements, pg-adapter schema (baseline)";

	private static final String PLAIN_JDBC = "its one statement in plain JDBC, same pool";

	// What the adapter ran before its plain JDBC lookup, for comparison.
	private static final String JPQL_JOIN = "select s, u from AuthAdapterSession s join AuthAdapterUser u"
			+ " on u.id = s.userId where s.sessionToken = :sessionToken";

	private static final String JOIN = "select * from sessions s join users u on u.id = s.\"userId\""
			+ " where s.\"sessionToken\" = ?";

	@RegisterExtension
	static final TestDatabase pgAdapterSchema = TestDatabase.postgresql();

	@RegisterExtension
	static final TestDatabase starterSchema = TestDatabase.postgresql();

	@Test
	void sessionLookups() {
		JdbcTemplate baselineJdbc = fill(pgAdapterSchema.dataSource(), false);
		JdbcTemplate starterJdbc = fill(starterSchema.dataSource(), true);
		try (ConfigurableApplicationContext context = startApplication(starterSchema.dataSource())) {
			Adapter adapter = JpaAdapter.create(context.getBean(EntityManagerFactory.class),
					context.getBean(PlatformTransactionManager.class));

			Map<String, IntConsumer> lookups = new LinkedHashMap<>();
			lookups.put(BASELINE, (n) -> pgAdapterLookup(baselineJdbc, n));
			lookups.put("@auth/pg-adapter statements, starter schema", (n) -> pgAdapterLookup(starterJdbc, n));
			lookups.put("starter Adapter.getSessionAndUser",
					(n) -> assertThat(adapter.getSessionAndUser(token(n))).isPresent());
			EntityManager entityManager = SharedEntityManagerCreator
				.createSharedEntityManager(context.getBean(EntityManagerFactory.class));
			lookups.put("the same join in JPQL, as managed entities", (n) -> jpqlLookup(entityManager, n));
			lookups.put(PLAIN_JDBC, (n) -> plainJdbcLookup(starterSchema.dataSource(), n));
			for (int threads : threadCounts()) {
				Map<String, Double> medians = medianLookupsPerSecond(lookups, threads);
				System.out.printf("%nSession lookups at %,d sessions on PostgreSQL (%d threads, median of %d rounds)%n",
						SESSIONS, threads, ROUNDS);
				medians.forEach((name, perSecond) -> report(name, perSecond, medians.get(BASELINE),
						medians.get(PLAIN_JDBC)));
			}
		}
	}

	private static int[] threadCounts() {
		return Arrays.stream(System.getProperty("benchmark.threads", "1").split(","))
			.mapToInt((count) -> Integer.parseInt(count.trim()))
			.toArray();
	}

	private static void jpqlLookup(EntityManager entityManager, int n) {
		Object[] row = entityManager.createQuery(JPQL_JOIN, Object[].class)
			.setParameter("sessionToken", token(n))
			.getResultList()
			.get(0);
		assertThat(new SessionAndUser(((SessionEntity) row[0]).toAdapterSession(),
				((UserEntity) row[1]).toAdapterUser())).isNotNull();
	}

	private static void plainJdbcLookup(DataSource dataSource, int n) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(JOIN)) {
			statement.setString(1, token(n));
			try (ResultSet row = statement.executeQuery()) {
				assertThat(row.next()).isTrue();
				// Every column is read, as the adapter reads them.
				for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
					row.getObject(column);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JdbcTemplate fill(DataSource dataSource, boolean starterSchema) {
		if (starterSchema) {
			new AuthAdapterSchemaInitializer(dataSource, new AuthAdapterProperties().getSchema()).migrate();
		}
		else {
			try (var connection = dataSource.getConnection()) {
				ScriptUtils.executeSqlScript(connection, new ClassPathResource("presets/pg-adapter-schema.sql"));
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("INSERT INTO users (email) SELECT 'user' || n || '@example.com' FROM generate_series(1, ?) n",
				SESSIONS);
		jdbc.update("INSERT INTO sessions (\"userId\", expires, \"sessionToken\")"
				+ " SELECT id, now() + interval '30 days', 'token-' || id FROM users");
		// Vacuumed now, so that autovacuum does not start in the middle of a measurement.
		jdbc.execute("VACUUM ANALYZE");
		return jdbc;
	}

	private static void pgAdapterLookup(JdbcTemplate jdbc, int n) {
		Object userId = jdbc.queryForMap("select * from sessions where \"sessionToken\" = ?", token(n)).get("userId");
		assertThat(jdbc.queryForMap("select * from users where id = ?", userId)).isNotEmpty();
	}

	private static String token(int n) {
		return "token-" + n;
	}

	/**
	 * Measures the lookups in turns, round after round, so that a disturbance of the machine hits all of them alike.
	 */
	private static Map<String, Double> medianLookupsPerSecond(Map<String, IntConsumer> lookups, int threads) {
		lookups.values().forEach((lookup) -> run(lookup, WARM_UP, threads));
		Map<String, List<Double>> samples = new LinkedHashMap<>();
		for (int round = 0; round < ROUNDS; round++) {
			lookups.forEach((name, lookup) -> samples.computeIfAbsent(name, (key) -> new ArrayList<>())
				.add(run(lookup, MEASUREMENT, threads) / (MEASUREMENT.toMillis() / 1000.0)));
		}
		Map<String, Double> medians = new LinkedHashMap<>();
		samples.forEach((name, values) -> medians.put(name, values.stream().sorted().toList().get(ROUNDS / 2)));
		return medians;
	}

	/**
	 * How many lookups the threads did together in the duration.
	 */
	private static long run(IntConsumer lookup, Duration duration, int threads) {
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Long>> counts = new ArrayList<>();
			for (int thread = 0; thread < threads; thread++) {
				counts.add(executor.submit(() -> {
					start.await();
					long end = System.nanoTime() + duration.toNanos();
					long count = 0;
					while (System.nanoTime() < end) {
						lookup.accept(ThreadLocalRandom.current().nextInt(1, SESSIONS + 1));
						count++;
					}
					return count;
				}));
			}
			start.countDown();
			long total = 0;
			for (Future<Long> count : counts) {
				total += count.get();
			}
			return total;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static void report(String name, double lookupsPerSecond, double baseline, double plainJdbc) {
		System.out.printf("  %-60s %,10.0f/s  %6.1fx baseline  %5.2fx plain JDBC%n", name, lookupsPerSecond,
				lookupsPerSecond / baseline, lookupsPerSecond / plainJdbc);
	}

	private static ConfigurableApplicationContext startApplication(DataSource dataSource) {
		return new SpringApplicationBuilder(BenchmarkApplication.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "spring.jpa.open-in-view=false",
					"auth.adapter.schema.initialize=never")
			.initializers((context) -> context.getBeanFactory().registerSingleton("dataSource", dataSource))
			.run();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class BenchmarkApplication {

	}

}
