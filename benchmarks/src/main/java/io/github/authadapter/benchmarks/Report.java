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
 * @param wholeRequests the whole-request comparison of issue 19
 */
record Report(BenchmarkSettings settings, Results results, Machine machine, WholeRequests.Outcome wholeRequests) {

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

	/**
	 * One line per connection count, saying whether the starter's database-session request met issue 19's targets
	 * against the hand-written endpoint, in throughput and in allocation.
	 */
	List<String> wholeRequestChecks() {
		List<String> checks = new ArrayList<>();
		for (int connections : this.settings.threads()) {
			Optional<WholeRequests.Sample> starter = this.wholeRequests.median(WholeRequests.STARTER, connections);
			Optional<WholeRequests.Sample> floor = this.wholeRequests.median(WholeRequests.HAND_WRITTEN, connections);
			if (starter.isPresent() && floor.isPresent()) {
				double throughput = starter.get().requestsPerSecond() / floor.get().requestsPerSecond();
				double allocation = starter.get().bytesPerRequest() / floor.get().bytesPerRequest();
				checks.add(String.format(Locale.ROOT,
						"%d %s: %.2fx the hand-written endpoint's requests per second (target %.1fx): %s; %.2fx its "
								+ "bytes allocated per request (target at most %.1fx): %s",
						connections, (connections == 1) ? "connection" : "connections", throughput,
						WholeRequests.TARGET_THROUGHPUT, verdict(throughput, WholeRequests.TARGET_THROUGHPUT),
						allocation, WholeRequests.TARGET_ALLOCATION,
						(allocation <= WholeRequests.TARGET_ALLOCATION) ? "met" : String.format(Locale.ROOT,
								"**missed by %.2fx**", allocation - WholeRequests.TARGET_ALLOCATION)));
			}
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
