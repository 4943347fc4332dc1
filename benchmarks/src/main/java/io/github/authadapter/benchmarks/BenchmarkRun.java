package io.github.authadapter.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.github.authadapter.Adapter;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Runs every measurement: for each number of sessions, a warm-up of each, then the rounds, in which all contenders
 * measure the same operation at the same number of threads one after the other, so that a disturbance of the machine
 * hits them alike.
 */
final class BenchmarkRun {

	static final String JDBC = "raw JDBC";

	static final String STARTER = "auth-adapter (JPA)";

	static final String PEER = "@auth/pg-adapter";

	static final String PEER_OWN_SCHEMA = "@auth/pg-adapter, own schema";

	static final String JWT = "auth-adapter, JWT session";

	/** The first guess of how many verification tokens a second uses up, before one was measured. */
	private static final int FIRST_GUESS_TOKENS_PER_SECOND = 20_000;

	private final BenchmarkSettings settings;

	private final Map<String, Double> tokensPerSecond = new HashMap<>();

	private int batches;

	BenchmarkRun(BenchmarkSettings settings) {
		this.settings = settings;
	}

	/**
	 * Runs the benchmark on fresh databases, which it drops at the end.
	 */
	Report run() {
		String loadAtStart = Machine.loadAverage();
		try (BenchmarkDatabases databases = BenchmarkDatabases.create(this.settings);
				ConfigurableApplicationContext application = BenchmarkApplication.start(databases.starterUrl(),
						this.settings);
				ConfigurableApplicationContext web = BenchmarkWebApplication.start(databases.starterUrl(),
						this.settings);
				HikariDataSource jdbcPool = pool(databases.starterUrl());
				SingleConnectionDataSource starterLoader = loader(databases.starterUrl());
				SingleConnectionDataSource publishedLoader = loader(databases.publishedUrl());
				NodeAuthJs node = NodeAuthJs.start(this.settings.authJsDirectory(),
						Map.of("starter", databases.starterUrl(), "published", databases.publishedUrl()),
						this.settings.username(), this.settings.password(), this.settings.poolSize())) {
			Dataset starterData = new Dataset(new JdbcTemplate(starterLoader));
			createPublishedSchema(publishedLoader);
			Dataset publishedData = new Dataset(new JdbcTemplate(publishedLoader));
			int port = ((WebServerApplicationContext) web).getWebServer().getPort();
			List<Operation> adapterCalls = Stream.of(Operation.values()).filter(Operation::isAdapterCall).toList();
			List<Contender> contenders = List.of(new JavaContender(JDBC, new JdbcCalls(jdbcPool)),
					new JavaContender(STARTER, new AdapterCalls(application.getBean(Adapter.class))),
					new NodeAuthJs.NodeContender(PEER, node, "starter", adapterCalls),
					new NodeAuthJs.NodeContender(PEER_OWN_SCHEMA, node, "published",
							List.of(Operation.GET_SESSION_AND_USER)),
					// Whole HTTP requests, on one server: the floor's page looks its session up in raw JDBC.
					JavaContender.requests(JDBC,
							SignedInRequests.databaseSessions(port, BenchmarkWebApplication.JDBC_PAGE)),
					JavaContender.requests(STARTER,
							SignedInRequests.databaseSessions(port, BenchmarkWebApplication.PAGE)),
					JavaContender.requests(JWT, SignedInRequests.jwtSessions(port)));
			Results results = new Results();
			for (int sessions : this.settings.sessionCountsInRunOrder()) {
				boolean everyOperation = sessions == this.settings.sessions();
				System.out.printf("Loading %,d sessions%n", sessions);
				starterData.load(sessions);
				if (everyOperation) {
					publishedData.load(sessions);
				}
				Phase phase = new Phase(sessions, everyOperation ? List.of(Operation.values())
						: List.of(Operation.GET_SESSION_AND_USER),
						everyOperation ? contenders : contenders.subList(0, 3), starterData);
				// The first phase warms up twice: the JIT compiles the JPA path's many methods only after a while.
				phase.run(results, results.isEmpty() ? 2 : 1);
			}
			// Last, at the main number of sessions, when every JVM-side path is warm.
			starterData.load(this.settings.sessions());
			WholeRequests.Outcome wholeRequests = WholeRequests.measure(this.settings, databases.starterUrl(), port,
					new JdbcTemplate(starterLoader));
			return new Report(this.settings, results, Machine.describe(jdbcPool, node.versions(), loadAtStart),
					wholeRequests);
		}
	}

	private HikariDataSource pool(String jdbcUrl) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(jdbcUrl);
		pool.setUsername(this.settings.username());
		pool.setPassword(this.settings.password());
		pool.setMaximumPoolSize(this.settings.poolSize());
		pool.setPoolName("raw-jdbc");
		return pool;
	}

	/**
	 * One connection, opened now and kept for the whole run, for loading and resetting rows: on a server that other
	 * work shares, a connection opened later might find it full.
	 */
	private SingleConnectionDataSource loader(String jdbcUrl) {
		SingleConnectionDataSource loader = new SingleConnectionDataSource(jdbcUrl, this.settings.username(),
				this.settings.password(), true);
		new JdbcTemplate(loader).execute("SELECT 1");
		return loader;
	}

	private static void createPublishedSchema(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("pg-adapter-schema.sql"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create @auth/pg-adapter's published schema", ex);
		}
	}

	/**
	 * The measurements at one number of sessions.
	 */
	private final class Phase {

		private final int sessions;

		private final List<Operation> operations;

		private final List<Contender> contenders;

		private final Dataset data;

		Phase(int sessions, List<Operation> operations, List<Contender> contenders, Dataset data) {
			this.sessions = sessions;
			this.operations = operations;
			this.contenders = contenders;
			this.data = data;
		}

		void run(Results results, int warmUpPasses) {
			BenchmarkSettings settings = BenchmarkRun.this.settings;
			for (int pass = 0; pass < warmUpPasses && !settings.warmUp().isZero(); pass++) {
				forEachMeasurement(0, (contender, operation, threads) -> measure(contender, operation, threads,
						settings.warmUp(), "warm-up"));
			}
			for (int round = 1; round <= settings.rounds(); round++) {
				String label = "round " + round + "/" + settings.rounds();
				forEachMeasurement(round, (contender, operation, threads) -> results.add(
						new Results.Key(this.sessions, operation, contender.name(), threads),
						measure(contender, operation, threads, settings.measurement(), label)));
			}
		}

		/**
		 * Every contender right after the others; the order of the contenders turns with each round, so none is
		 * always the first after a reload.
		 */
		private void forEachMeasurement(int round, Step step) {
			for (Operation operation : this.operations) {
				for (int threads : BenchmarkRun.this.settings.threads()) {
					List<Contender> order = new ArrayList<>(this.contenders);
					Collections.rotate(order, round);
					for (Contender contender : order) {
						if (contender.supports(operation)) {
							step.measure(contender, operation, threads);
						}
					}
				}
			}
		}

		private Sample measure(Contender contender, Operation operation, int threads, Duration duration,
				String label) {
			Measurement.TokenBatch batch = null;
			String supplyKey = contender.name() + "/" + threads;
			if (operation.consumesTokens()) {
				double perSecond = BenchmarkRun.this.tokensPerSecond.getOrDefault(supplyKey,
						(double) FIRST_GUESS_TOKENS_PER_SECOND);
				int count = (int) Math.ceil(perSecond * duration.toNanos() / 1e9 * 1.5) + 500;
				batch = new Measurement.TokenBatch("b" + (++BenchmarkRun.this.batches), count);
				this.data.loadVerificationTokens(batch.name(), count);
			}
			Sample sample = contender.measure(new Measurement(operation, this.sessions, threads, duration, batch));
			if (operation.consumesTokens()) {
				BenchmarkRun.this.tokensPerSecond.put(supplyKey, sample.callsPerSecond());
			}
			if (operation.addsRows()) {
				this.data.removeAddedRows(this.sessions);
			}
			System.out.printf("%-11s %,9d sessions  %-24s %2d threads  %-30s %,10.0f/s  p50 %6.2f ms  p99 %6.2f ms%n",
					label, this.sessions, operation.key(), threads, contender.name(), sample.callsPerSecond(),
					sample.p50Nanos() / 1e6, sample.p99Nanos() / 1e6);
			return sample;
		}

	}

	@FunctionalInterface
	private interface Step {

		void measure(Contender contender, Operation operation, int threads);

	}

}
