package io.github.authadapter.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Issue 19's comparison of the whole signed-in request, {@code GET /api/auth/session} with the session cookie of a
 * random user, driven by {@link Wrk} at each connection count: the starter's application with a database session
 * and with a JWT session, an application of Spring Security and Spring Session JDBC with the same endpoint shape, and
 * the endpoint written by hand. All on the benchmark's one database, each server in this JVM, in interleaved rounds.
 */
final class WholeRequests {

	static final String HAND_WRITTEN = "hand-written (JdbcTemplate)";

	static final String STARTER = "auth-adapter, database session";

	static final String STARTER_JWT = "auth-adapter, JWT session";

	static final String SPRING_SESSION = "Spring Security + Spring Session JDBC";

	static final List<String> CONTENDERS = List.of(HAND_WRITTEN, STARTER, STARTER_JWT, SPRING_SESSION);

	static final String PATH = "/api/auth/session";

	/** The starter's request must reach this share of the hand-written endpoint's throughput. */
	static final double TARGET_THROUGHPUT = 0.8;

	/** ... and allocate at most this multiple of what the hand-written endpoint allocates. */
	static final double TARGET_ALLOCATION = 1.5;

	private static final int BATCH = 1_000;

	private final BenchmarkSettings settings;

	private final Wrk wrk;

	private WholeRequests(BenchmarkSettings settings, Wrk wrk) {
		this.settings = settings;
		this.wrk = wrk;
	}

	/**
	 * The comparison, or why it was not measured.
	 * @param starterPort the port of the starter's {@link BenchmarkWebApplication}
	 * @param loader the loaded sessions' database, with {@code settings.sessions()} users loaded
	 */
	static Outcome measure(BenchmarkSettings settings, String jdbcUrl, int starterPort, JdbcTemplate loader) {
		Optional<Wrk> wrk = Wrk.find();
		if (wrk.isEmpty()) {
			String reason = "wrk was not found on the PATH; install it with " + Wrk.INSTALL;
			System.out.println("Whole requests not measured: " + reason);
			return Outcome.notMeasured(reason);
		}
		return new WholeRequests(settings, wrk.get()).run(jdbcUrl, starterPort, loader);
	}

	/**
	 * The properties that every application of the comparison shares. Their pools open connections only as their
	 * load needs them: with the run's other pools, fixed ones would take more than PostgreSQL's default 100.
	 */
	static String[] webProperties(String jdbcUrl, BenchmarkSettings settings) {
		return new String[] { "server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN",
				"spring.flyway.enabled=false", "spring.jpa.open-in-view=false", "spring.jmx.enabled=false",
				"spring.datasource.url=" + jdbcUrl, "spring.datasource.username=" + settings.username(),
				"spring.datasource.password=" + settings.password(),
				"spring.datasource.hikari.maximum-pool-size=" + settings.poolSize(),
				"spring.datasource.hikari.minimum-idle=1", "spring.datasource.hikari.idle-timeout=10000" };
	}

	private Outcome run(String jdbcUrl, int starterPort, JdbcTemplate loader) {
		int sessions = this.settings.sessions();
		System.out.printf("Whole requests: loading %,d Spring Session sessions%n", sessions);
		loadSpringSessions(loader, sessions);
		Path directory = temporaryDirectory();
		try (ConfigurableApplicationContext handWritten = HandWrittenWebApplication.start(jdbcUrl, this.settings);
				ConfigurableApplicationContext springSession = SpringSessionWebApplication.start(jdbcUrl,
						this.settings)) {
			Map<String, Target> targets = new LinkedHashMap<>();
			Path databaseCookies = cookies(directory, "database", sessions,
					(user) -> SignedInRequests.COOKIE + "=" + Dataset.sessionToken(user));
			targets.put(HAND_WRITTEN, new Target(url(port(handWritten)), databaseCookies));
			targets.put(STARTER, new Target(url(starterPort), databaseCookies));
			List<String> jwts = SignedInRequests.jwtTokens(Math.min(sessions, SignedInRequests.JWT_USERS));
			targets.put(STARTER_JWT, new Target(url(starterPort), cookies(directory, "jwt", jwts.size(),
					(user) -> SignedInRequests.COOKIE + "=" + jwts.get(user - 1))));
			targets.put(SPRING_SESSION, new Target(url(port(springSession)), cookies(directory, "spring-session",
					sessions, (user) -> SpringSessionWebApplication.COOKIE + "=" + Base64.getEncoder()
						.encodeToString(springSessionId(user).getBytes(StandardCharsets.US_ASCII)))));
			return measureAll(targets);
		}
	}

	private Outcome measureAll(Map<String, Target> targets) {
		Map<Key, List<Sample>> samples = new LinkedHashMap<>();
		// Twice at first: two of the servers have not served a request yet, and the JIT compiles on the way.
		for (int pass = 0; pass < 2 && !this.settings.warmUp().isZero(); pass++) {
			forEach(targets, 0, (contender, target, connections) -> print("warm-up", contender, connections,
					this.wrk.run(target.url(), target.cookies(), connections, this.settings.warmUp())));
		}
		for (int round = 1; round <= this.settings.rounds(); round++) {
			String label = "round " + round + "/" + this.settings.rounds();
			forEach(targets, round, (contender, target, connections) -> {
				Sample sample = this.wrk.run(target.url(), target.cookies(), connections,
						this.settings.requestMeasurement());
				samples.computeIfAbsent(new Key(contender, connections), (key) -> new ArrayList<>()).add(sample);
				print(label, contender, connections, sample);
			});
		}
		return new Outcome(null, samples);
	}

	/**
	 * Every contender right after the others at each connection count, the order turning with each round.
	 */
	private void forEach(Map<String, Target> targets, int round, Step step) {
		for (int connections : this.settings.threads()) {
			List<String> order = new ArrayList<>(targets.keySet());
			Collections.rotate(order, round);
			for (String contender : order) {
				step.measure(contender, targets.get(contender), connections);
			}
		}
	}

	private static void print(String label, String contender, int connections, Sample sample) {
		System.out.printf("%-11s whole request  %2d connections  %-40s %,10.0f/s  %,8.0f bytes/request  p50 %6.2f ms"
				+ "  p99 %6.2f ms%n", label, connections, contender, sample.requestsPerSecond(),
				sample.bytesPerRequest(), sample.p50Millis(), sample.p99Millis());
	}

	/**
	 * Spring Session's tables, and one session per user whose security context signs that user in, written as
	 * Spring Session JDBC writes them: the attribute serialised by Java serialisation.
	 */
	private static void loadSpringSessions(JdbcTemplate jdbc, int sessions) {
		jdbc.execute("DROP TABLE IF EXISTS spring_session_attributes, spring_session");
		ResourceDatabasePopulator schema = new ResourceDatabasePopulator(
				new ClassPathResource("org/springframework/session/jdbc/schema-postgresql.sql"));
		schema.execute(jdbc.getDataSource());
		long now = System.currentTimeMillis();
		SerializingConverter serializer = new SerializingConverter();
		for (int first = 1; first <= sessions; first += BATCH) {
			List<Integer> users = IntStream.range(first, Math.min(first + BATCH, sessions + 1)).boxed().toList();
			jdbc.batchUpdate("INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time, "
					+ "max_inactive_interval, expiry_time, principal_name) VALUES (?, ?, ?, ?, ?, ?, ?)",
					users.stream()
						.map((user) -> new Object[] { springSessionPrimaryId(user), springSessionId(user), now, now,
								SpringSessionWebApplication.MAX_INACTIVE_SECONDS,
								now + SpringSessionWebApplication.MAX_INACTIVE.toMillis(), Dataset.email(user) })
						.toList());
			jdbc.batchUpdate("INSERT INTO spring_session_attributes (session_primary_id, attribute_name, "
					+ "attribute_bytes) VALUES (?, ?, ?)", users.stream()
						.map((user) -> new Object[] { springSessionPrimaryId(user),
								HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
								serializer.convert(SpringSessionWebApplication.signedIn(user)) })
						.toList());
		}
		jdbc.execute("VACUUM ANALYZE spring_session");
		jdbc.execute("VACUUM ANALYZE spring_session_attributes");
	}

	/**
	 * The id of a user's Spring Session session: a UUID, as Spring Session makes them, 36 characters, as its
	 * {@code CHAR(36)} columns keep them (a shorter id would come back padded, and the cookie be sent again).
	 */
	static String springSessionId(int user) {
		return UUID.nameUUIDFromBytes(("spring-session-" + user).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static String springSessionPrimaryId(int user) {
		return UUID.nameUUIDFromBytes(("spring-session-row-" + user).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static Path cookies(Path directory, String name, int users, IntFunction<String> cookieOfUser) {
		try {
			Path file = directory.resolve(name + ".txt");
			Files.write(file, IntStream.rangeClosed(1, users).mapToObj(cookieOfUser).toList(),
					StandardCharsets.US_ASCII);
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write the cookies for wrk", ex);
		}
	}

	private static Path temporaryDirectory() {
		try {
			Path directory = Files.createTempDirectory("whole-requests");
			directory.toFile().deleteOnExit();
			return directory;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not create a directory for wrk's cookies", ex);
		}
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static String url(int port) {
		return "http://127.0.0.1:" + port + PATH;
	}

	private record Target(String url, Path cookies) {

	}

	@FunctionalInterface
	private interface Step {

		void measure(String contender, Target target, int connections);

	}

	/**
	 * What one contender measured at one connection count.
	 */
	record Key(String contender, int connections) {

	}

	/**
	 * One measurement.
	 *
	 * @param requestsPerSecond signed-in answers per second
	 * @param bytesPerRequest what the JVM allocated meanwhile, per request
	 * @param p50Millis the median latency
	 * @param p99Millis the 99th percentile latency
	 */
	record Sample(double requestsPerSecond, double bytesPerRequest, double p50Millis, double p99Millis) {

	}

	/**
	 * The comparison's samples, or why there are none.
	 *
	 * @param notMeasured why it was not measured, or null
	 * @param samples the samples of every round
	 */
	record Outcome(@Nullable String notMeasured, Map<Key, List<Sample>> samples) {

		static Outcome notMeasured(String reason) {
			return new Outcome(reason, Map.of());
		}

		/**
		 * The medians of the rounds, each of its own.
		 */
		Optional<Sample> median(String contender, int connections) {
			List<Sample> rounds = this.samples.get(new Key(contender, connections));
			if (rounds == null || rounds.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new Sample(median(rounds, Sample::requestsPerSecond),
					median(rounds, Sample::bytesPerRequest), median(rounds, Sample::p50Millis),
					median(rounds, Sample::p99Millis)));
		}

		private static double median(List<Sample> rounds, ToDoubleFunction<Sample> value) {
			double[] sorted = rounds.stream().mapToDouble(value).sorted().toArray();
			int middle = sorted.length / 2;
			return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
		}

	}

}
