package io.github.authadapter.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The samples of all rounds, and their medians.
 */
final class Results {

	private final Map<Key, List<Sample>> samples = new LinkedHashMap<>();

	boolean isEmpty() {
		return this.samples.isEmpty();
	}

	void add(Key key, Sample sample) {
		this.samples.computeIfAbsent(key, (k) -> new ArrayList<>()).add(sample);
	}

	/**
	 * The median of the rounds: calls per second, p50 and p99, each the median of its own.
	 */
	Optional<Summary> summary(int sessions, Operation operation, String contender, int threads) {
		List<Sample> rounds = this.samples.get(new Key(sessions, operation, contender, threads));
		if (rounds == null || rounds.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Summary(median(rounds.stream().map(Sample::callsPerSecond).toList()),
				median(rounds.stream().map((sample) -> sample.p50Nanos() / 1e6).toList()),
				median(rounds.stream().map((sample) -> sample.p99Nanos() / 1e6).toList()), rounds.size()));
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	/**
	 * What a sample measured.
	 */
	record Key(int sessions, Operation operation, String contender, int threads) {

	}

	/**
	 * The medians of one measurement over the rounds.
	 *
	 * @param callsPerSecond operations per second
	 * @param p50Millis the median latency in milliseconds
	 * @param p99Millis the 99th percentile latency in milliseconds
	 * @param rounds how many rounds the medians are of
	 */
	record Summary(double callsPerSecond, double p50Millis, double p99Millis, int rounds) {

	}

}
