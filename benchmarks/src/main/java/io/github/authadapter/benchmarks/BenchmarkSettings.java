package io.github.authadapter.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a benchmark run measures and where, read from {@code --name=value} arguments.
 *
 * @param jdbcUrl a database on the PostgreSQL server; the run creates its own databases next to it and drops them
 * @param username the user the run connects as, who may create databases
 * @param password that user's password, empty for none
 * @param sessions the number of sessions (one user each) at which every operation is measured
 * @param scaleSessions further numbers of sessions at which only getSessionAndUser is measured
 * @param threads the numbers of concurrent callers
 * @param poolSize the connections of each implementation's pool: Hikari for Java, pg's Pool for Node
 * @param rounds the measured rounds; every implementation runs once per round and the median is reported
 * @param warmUp how long each measurement runs once, unreported, before the rounds
 * @param measurement how long each measurement of a round runs
 * @param requestMeasurement how long each measurement of the whole-request comparison runs, in whole seconds, as
 * wrk counts them
 * @param authJsDirectory where {@code bench-pg-adapter.mjs} and its {@code package.json} are
 * @param outputDirectory where {@code BENCHMARKS.md} and {@code benchmarks.png} are written
 */
public record BenchmarkSettings(String jdbcUrl, String username, String password, int sessions,
		List<Integer> scaleSessions, List<Integer> threads, int poolSize, int rounds, Duration warmUp,
		Duration measurement, Duration requestMeasurement, Path authJsDirectory, Path outputDirectory) {

	/** The settings of a reference run, whose figures docs/BENCHMARKS.md reports. */
	public static final BenchmarkSettings DEFAULTS = new BenchmarkSettings("jdbc:postgresql://127.0.0.1:5432/postgres",
			"postgres", "", 100_000, List.of(10_000, 1_000_000), List.of(1, 4, 16), 16, 5, Duration.ofSeconds(1),
			Duration.ofSeconds(2), Duration.ofSeconds(5), Path.of("interop/authjs"), Path.of("docs"));

	private static final String USAGE = """
			Usage: java -jar benchmarks/target/auth-adapter-benchmarks.jar [--name=value ...]
			  --jdbc-url=URL            a database on the PostgreSQL server (default %s)
			  --username=NAME           (default postgres); --password=SECRET or PGPASSWORD (default none)
			  --sessions=N              sessions for every operation (default %d)
			  --scale-sessions=N,N      more sizes for getSessionAndUser alone, none with "" (default 10000,1000000)
			  --threads=N,N,N           concurrent callers (default 1,4,16)
			  --pool-size=N             connections per implementation (default: the most threads)
			  --rounds=N                measured rounds, median reported (default %d)
			  --warm-up-millis=N        unreported run of each measurement (default %d)
			  --measure-millis=N        length of each measurement (default %d)
			  --request-millis=N        length of each whole-request measurement, whole seconds (default %d)
			  --authjs-dir=PATH         the Node scripts (default interop/authjs)
			  --output-dir=PATH         where BENCHMARKS.md and benchmarks.png go (default docs)
			  --quick                   2 rounds of 500 ms (whole requests 1 s), 300 ms warm-up, scale sizes 10000 only
			""".formatted(DEFAULTS.jdbcUrl, DEFAULTS.sessions, DEFAULTS.rounds, DEFAULTS.warmUp.toMillis(),
			DEFAULTS.measurement.toMillis(), DEFAULTS.requestMeasurement.toMillis());

	public BenchmarkSettings {
		if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
			throw new IllegalArgumentException("--jdbc-url must be a PostgreSQL URL (jdbc:postgresql://...), not "
					+ jdbcUrl);
		}
		requirePositive(sessions, "--sessions");
		scaleSessions = List.copyOf(scaleSessions);
		scaleSessions.forEach((size) -> requirePositive(size, "--scale-sessions"));
		threads = List.copyOf(threads);
		if (threads.isEmpty()) {
			throw new IllegalArgumentException("--threads needs at least one number");
		}
		threads.forEach((count) -> requirePositive(count, "--threads"));
		requirePositive(poolSize, "--pool-size");
		requirePositive(rounds, "--rounds");
		requirePositive((int) Math.min(measurement.toMillis(), Integer.MAX_VALUE), "--measure-millis");
		requirePositive((int) Math.min(requestMeasurement.toMillis(), Integer.MAX_VALUE), "--request-millis");
		if (warmUp.isNegative()) {
			throw new IllegalArgumentException("--warm-up-millis must not be negative, but was " + warmUp.toMillis());
		}
	}

	/**
	 * Reads the arguments of the command line; anything not given keeps its default, except a password from
	 * {@code PGPASSWORD} in the process's environment.
	 * @throws IllegalArgumentException naming the argument that is unknown or wrong
	 */
	public static BenchmarkSettings parse(String... arguments) {
		return parse(System.getenv(), arguments);
	}

	/**
	 * Reads the arguments of the command line, with the environment variables that give what the arguments do
	 * not; anything given by neither keeps its default.
	 * @throws IllegalArgumentException naming the argument that is unknown or wrong
	 */
	static BenchmarkSettings parse(Map<String, String> environment, String... arguments) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String argument : arguments) {
			if (argument.equals("--help")) {
				throw new IllegalArgumentException(USAGE);
			}
			if (argument.equals("--quick")) {
				values.putIfAbsent("rounds", "2");
				values.putIfAbsent("measure-millis", "500");
				values.putIfAbsent("request-millis", "1000");
				values.putIfAbsent("warm-up-millis", "300");
				values.putIfAbsent("scale-sessions", "10000");
				continue;
			}
			int equals = argument.indexOf('=');
			if (!argument.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("Expected --name=value but got '" + argument + "'.\n" + USAGE);
			}
			values.put(argument.substring(2, equals), argument.substring(equals + 1));
		}
		return fromValues(values, environment);
	}

	private static BenchmarkSettings fromValues(Map<String, String> values, Map<String, String> environment) {
		BenchmarkSettings d = DEFAULTS;
		List<Integer> threads = numbers(values, "threads", d.threads);
		BenchmarkSettings settings = new BenchmarkSettings(values.getOrDefault("jdbc-url", d.jdbcUrl),
				values.getOrDefault("username", d.username),
				values.getOrDefault("password", environment.getOrDefault("PGPASSWORD", d.password)),
				number(values, "sessions", d.sessions), numbers(values, "scale-sessions", d.scaleSessions), threads,
				number(values, "pool-size", threads.stream().max(Integer::compare).orElseThrow()),
				number(values, "rounds", d.rounds),
				Duration.ofMillis(number(values, "warm-up-millis", (int) d.warmUp.toMillis())),
				Duration.ofMillis(number(values, "measure-millis", (int) d.measurement.toMillis())),
				Duration.ofMillis(number(values, "request-millis", (int) d.requestMeasurement.toMillis())),
				Path.of(values.getOrDefault("authjs-dir", d.authJsDirectory.toString())),
				Path.of(values.getOrDefault("output-dir", d.outputDirectory.toString())));
		List<String> unknown = new ArrayList<>(values.keySet());
		unknown.removeAll(List.of("jdbc-url", "username", "password", "sessions", "scale-sessions", "threads",
				"pool-size", "rounds", "warm-up-millis", "measure-millis", "request-millis", "authjs-dir",
				"output-dir"));
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("Unknown argument --" + unknown.get(0) + ".\n" + USAGE);
		}
		return settings;
	}

	/**
	 * Every number of sessions of the run, smallest first.
	 */
	public List<Integer> allSessionCounts() {
		TreeSet<Integer> sizes = new TreeSet<>(this.scaleSessions);
		sizes.add(this.sessions);
		return List.copyOf(sizes);
	}

	/**
	 * The numbers of sessions in the order they are measured: the main one first, with every operation, so that
	 * its many measurements have warmed up both the JVM and Node before the other sizes are compared with it.
	 */
	public List<Integer> sessionCountsInRunOrder() {
		List<Integer> order = new ArrayList<>(List.of(this.sessions));
		allSessionCounts().stream().filter((size) -> size != this.sessions).forEach(order::add);
		return order;
	}

	/**
	 * How this run differs from a reference run, empty for a reference run.
	 */
	public List<String> differencesFromDefaults() {
		List<String> differences = new ArrayList<>();
		addIfDifferent(differences, "sessions", this.sessions, DEFAULTS.sessions);
		addIfDifferent(differences, "scale sessions", this.scaleSessions, DEFAULTS.scaleSessions);
		addIfDifferent(differences, "threads", this.threads, DEFAULTS.threads);
		addIfDifferent(differences, "pool size", this.poolSize, DEFAULTS.poolSize);
		addIfDifferent(differences, "rounds", this.rounds, DEFAULTS.rounds);
		addIfDifferent(differences, "warm-up", this.warmUp.toMillis() + " ms", DEFAULTS.warmUp.toMillis() + " ms");
		addIfDifferent(differences, "measurement", this.measurement.toMillis() + " ms",
				DEFAULTS.measurement.toMillis() + " ms");
		addIfDifferent(differences, "whole-request measurement", this.requestMeasurement.toMillis() + " ms",
				DEFAULTS.requestMeasurement.toMillis() + " ms");
		return differences;
	}

	@Override
	public String toString() {
		return "BenchmarkSettings[jdbcUrl=" + this.jdbcUrl + ", sessions=" + this.sessions + ", scaleSessions="
				+ this.scaleSessions + ", threads=" + this.threads + ", poolSize=" + this.poolSize + ", rounds="
				+ this.rounds + ", warmUp=" + this.warmUp + ", measurement=" + this.measurement + ", requestMeasurement=" + this.requestMeasurement
				+ ", password hidden]";
	}

	private static void addIfDifferent(List<String> differences, String name, Object value, Object reference) {
		if (!value.equals(reference)) {
			differences.add(name + " " + value + " instead of " + reference);
		}
	}

	private static int number(Map<String, String> values, String name, int fallback) {
		String value = values.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.replace("_", ""));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a whole number, but was '" + value + "'", ex);
		}
	}

	private static List<Integer> numbers(Map<String, String> values, String name, List<Integer> fallback) {
		String value = values.get(name);
		if (value == null) {
			return fallback;
		}
		return Arrays.stream(value.split(","))
			.map(String::strip)
			.filter((part) -> !part.isEmpty())
			.map((part) -> number(Map.of(name, part), name, 0))
			.toList();
	}

	private static void requirePositive(int value, String name) {
		if (value < 1) {
			throw new IllegalArgumentException(name + " must be at least 1, but was " + value);
		}
	}

}
