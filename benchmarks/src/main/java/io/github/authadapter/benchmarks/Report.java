package io.github.authadapter.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A finished run: its settings, medians and machine, and the targets the issue set.
 *
 * @param settings what was measured
 * @param results the samples of every round
 * @param machine what it ran on
 */
record Report(BenchmarkSettings settings, Results results, Machine machine) {

	/** Our getSessionAndUser must reach this share of raw JDBC's throughput at every thread count. */
	static final double TARGET_SHARE_OF_JDBC = 0.85;

	/**
	 * The contenders in the order of tables and charts.
	 */
	static final List<String> CONTENDERS = List.of(BenchmarkRun.JDBC, BenchmarkRun.STARTER, BenchmarkRun.PEER,
			BenchmarkRun.PEER_OWN_SCHEMA, BenchmarkRun.JWT);

	Optional<Results.Summary> summary(int sessions, Operation operation, String contender, int threads) {
		return this.results.summary(sessions, operation, contender, threads);
	}

	/**
	 * A contender's throughput as a multiple of another's, in the same run.
	 */
	Optional<Double> ratio(int sessions, Operation operation, String contender, String baseline, int threads) {
		return summary(sessions, operation, contender, threads).flatMap((measured) -> summary(sessions, operation,
				baseline, threads).map((base) -> measured.callsPerSecond() / base.callsPerSecond()));
	}

	/**
	 * Whether the run had the reference settings, and so gives the figures to quote.
	 */
	boolean isReferenceRun() {
		return this.settings.differencesFromDefaults().isEmpty();
	}

	/**
	 * One line per thread count and target, saying whether our getSessionAndUser met it and by how much.
	 */
	List<String> targetChecks() {
		List<String> checks = new ArrayList<>();
		int sessions = this.settings.sessions();
		for (int threads : this.settings.threads()) {
			ratio(sessions, Operation.GET_SESSION_AND_USER, BenchmarkRun.STARTER, BenchmarkRun.JDBC, threads)
				.ifPresent((ratio) -> checks.add(String.format(Locale.ROOT, "%s: %.2fx raw JDBC (target %.2fx): %s",
						threads(threads), ratio, TARGET_SHARE_OF_JDBC, verdict(ratio, TARGET_SHARE_OF_JDBC))));
			ratio(sessions, Operation.GET_SESSION_AND_USER, BenchmarkRun.STARTER, BenchmarkRun.PEER, threads)
				.ifPresent((ratio) -> checks.add(String.format(Locale.ROOT,
						"%s: %.2fx @auth/pg-adapter on the same schema (target above 1x): %s", threads(threads), ratio,
						verdict(ratio, 1))));
		}
		return checks;
	}

	static String threads(int count) {
		return count + ((count == 1) ? " thread" : " threads");
	}

	private static String verdict(double ratio, double target) {
		return (ratio >= target) ? "met" : String.format(Locale.ROOT, "**missed by %.2fx**", target - ratio);
	}

}
