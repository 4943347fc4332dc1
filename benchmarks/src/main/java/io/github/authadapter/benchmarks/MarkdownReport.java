package io.github.authadapter.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a report as {@code BENCHMARKS.md}: the targets, the tables, the machine and the method.
 */
final class MarkdownReport {

	static final String COMMAND = "mvn -q -pl benchmarks -am package -DskipTests "
			+ "&& java -jar benchmarks/target/auth-adapter-benchmarks.jar";

	private static final DateTimeFormatter MEASURED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Report report;

	private final StringBuilder out = new StringBuilder();

	MarkdownReport(Report report) {
		this.report = report;
	}

	String render(String chartFileName) {
		BenchmarkSettings settings = this.report.settings();
		line("# Benchmarks");
		line();
		line("<!-- Written by the benchmarks module (BenchmarkMain). Rerun it instead of editing this file; the "
				+ "sections from the start-up time on, measured by hand, are kept. -->");
		line();
		if (!this.report.isReferenceRun()) {
			line("> **A short run, not the reference figures:** " + String.join(", ",
					settings.differencesFromDefaults()) + ". Rerun with the command below on a quiet machine for "
					+ "the figures to quote.");
			line();
		}
		line("The starter's `Adapter` (JPA, in a Spring Boot application with the starter's auto-configuration and "
				+ "Hikari), the same calls in hand-written raw JDBC (the floor), and Auth.js's own `@auth/pg-adapter` "
				+ "on Node, measured side by side in one run on one PostgreSQL database with the starter's schema. "
				+ "Measured " + ZonedDateTime.now(ZoneOffset.UTC).format(MEASURED_AT)
				+ " UTC. To reproduce, from the repository's root:");
		line();
		line("```shell");
		line(COMMAND);
		line("```");
		line();
		line("![Calls per second by operation and threads](" + chartFileName + ")");
		line();
		line("## Targets");
		line();
		line(String.format(Locale.ROOT, "Our `getSessionAndUser` at %,d sessions, at least %.2fx raw JDBC and above "
				+ "`@auth/pg-adapter` at every thread count:", settings.sessions(), Report.TARGET_SHARE_OF_JDBC));
		line();
		this.report.targetChecks().forEach((check) -> line("- " + check));
		line();
		line(String.format(Locale.ROOT, "## Every operation at %,d sessions", settings.sessions()));
		line();
		line("Calls per second (median of the rounds), its ratios to raw JDBC and to `@auth/pg-adapter` on the same "
				+ "schema in the same run, and the latency of one call (medians of the rounds' p50 and p99).");
		line();
		operationsTable();
		line();
		line("## getSessionAndUser by number of sessions");
		line();
		line("The same lookup at each size (measured after the first table, so the JIT is warm); with the index on "
				+ "the session token the latency stays flat. Each cell: "
				+ "calls per second, then p50 latency.");
		line();
		scaleTable();
		line();
		wholeRequests();
		line("## The machine");
		line();
		this.report.machine().facts().forEach((name, value) -> line("- " + name + ": " + value));
		line(String.format(Locale.ROOT,
				"- Settings: %d rounds of %,d ms after a %,d ms warm-up per measurement (whole requests: %,d ms, "
						+ "after two warm-ups); %d connections per pool (Hikari and pg's Pool); threads %s",
				settings.rounds(), settings.measurement().toMillis(), settings.warmUp().toMillis(),
				settings.requestMeasurement().toMillis(), settings.poolSize(), settings.threads()));
		line();
		this.out.append(method());
		return this.out.toString();
	}

	private void operationsTable() {
		line("| Operation | Threads | Implementation | Calls/s | x raw JDBC | x @auth/pg-adapter | p50 ms | p99 ms |");
		line("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
		int sessions = this.report.settings().sessions();
		for (Operation operation : Operation.values()) {
			for (int threads : this.report.settings().threads()) {
				for (String contender : Report.CONTENDERS) {
					this.report.summary(sessions, operation, contender, threads).ifPresent((summary) -> {
						String toJdbc = ratio(sessions, operation, contender, BenchmarkRun.JDBC, threads);
						String toPeer = ratio(sessions, operation, contender, BenchmarkRun.PEER, threads);
						line(String.format(Locale.ROOT, "| %s | %d | %s | %,.0f | %s | %s | %.2f | %.2f |",
								operation.label(), threads, contender, summary.callsPerSecond(), toJdbc, toPeer,
								summary.p50Millis(), summary.p99Millis()));
					});
				}
			}
		}
	}

	/**
	 * Issue 19's comparison: the starter's whole request against a hand-written endpoint and Spring Session JDBC.
	 */
	private void wholeRequests() {
		WholeRequests.Outcome outcome = this.report.wholeRequests();
		line("## The whole signed-in request");
		line();
		if (outcome.notMeasured() != null) {
			line("Not measured in this run: " + outcome.notMeasured() + ".");
			line();
			return;
		}
		line(String.format(Locale.ROOT, "`GET %s` with the session cookie of a random one of %,d users, driven by "
				+ "wrk at each number of connections (see *How it measures*). The starter's request with a database "
				+ "session, at least %.1fx the requests per second of the hand-written endpoint and at most %.1fx "
				+ "its allocation per request:", WholeRequests.PATH, this.report.settings().sessions(),
				WholeRequests.TARGET_THROUGHPUT, WholeRequests.TARGET_ALLOCATION));
		line();
		this.report.wholeRequestChecks().forEach((check) -> line("- " + check));
		line();
		line("Requests per second and bytes the server's JVM allocated per request (medians of the rounds), each "
				+ "as a multiple of the hand-written endpoint's in the same run, and the latency (medians of the "
				+ "rounds' p50 and p99).");
		line();
		line("| Connections | Implementation | Requests/s | x hand-written | Bytes/request | x hand-written | p50 ms "
				+ "| p99 ms |");
		line("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
		for (int connections : this.report.settings().threads()) {
			Optional<WholeRequests.Sample> floor = outcome.median(WholeRequests.HAND_WRITTEN, connections);
			for (String contender : WholeRequests.CONTENDERS) {
				outcome.median(contender, connections).ifPresent((sample) -> line(String.format(Locale.ROOT,
						"| %d | %s | %,.0f | %s | %,.0f | %s | %.2f | %.2f |", connections, contender,
						sample.requestsPerSecond(),
						floor.map((base) -> times(sample.requestsPerSecond() / base.requestsPerSecond())).orElse(""),
						sample.bytesPerRequest(),
						floor.map((base) -> times(sample.bytesPerRequest() / base.bytesPerRequest())).orElse(""),
						sample.p50Millis(), sample.p99Millis())));
			}
		}
		line();
	}

	private static String times(double ratio) {
		return String.format(Locale.ROOT, "%.2fx", ratio);
	}

	private String ratio(int sessions, Operation operation, String contender, String baseline, int threads) {
		return this.report.ratio(sessions, operation, contender, baseline, threads)
			.map((value) -> String.format(Locale.ROOT, "%.2fx", value))
			.orElse("");
	}

	private void scaleTable() {
		List<Integer> sizes = this.report.settings().allSessionCounts();
		StringBuilder header = new StringBuilder("| Implementation | Threads |");
		StringBuilder rule = new StringBuilder("| --- | ---: |");
		for (int size : sizes) {
			header.append(String.format(Locale.ROOT, " %,d sessions |", size));
			rule.append(" ---: |");
		}
		line(header.toString());
		line(rule.toString());
		for (String contender : Report.CONTENDERS.subList(0, 3)) {
			for (int threads : this.report.settings().threads()) {
				StringBuilder row = new StringBuilder("| " + contender + " | " + threads + " |");
				for (int size : sizes) {
					Optional<Results.Summary> summary = this.report.summary(size, Operation.GET_SESSION_AND_USER,
							contender, threads);
					row.append(summary.map((value) -> String.format(Locale.ROOT, " %,.0f/s, %.2f ms |",
							value.callsPerSecond(), value.p50Millis())).orElse(" |"));
				}
				line(row.toString());
			}
		}
	}

	private static String method() {
		try (InputStream in = MarkdownReport.class.getResourceAsStream("/benchmarks-method.md")) {
			if (in == null) {
				throw new IllegalStateException("benchmarks-method.md is missing from the benchmark's jar");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read benchmarks-method.md", ex);
		}
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

	private void line() {
		this.out.append('\n');
	}

}
