package io.github.authadapter.benchmarks;

import java.util.Arrays;

/**
 * The outcome of one measurement.
 *
 * @param calls the completed calls
 * @param elapsedNanos from the start until the last caller finished
 * @param p50Nanos the median latency of one call
 * @param p99Nanos the 99th percentile latency of one call
 */
record Sample(long calls, long elapsedNanos, long p50Nanos, long p99Nanos) {

	Sample {
		if (calls < 1) {
			throw new IllegalStateException("A measurement completed no call; make it longer");
		}
	}

	/**
	 * A sample of the given latencies, which this method sorts.
	 */
	static Sample of(long[] latencies, long elapsedNanos) {
		Arrays.sort(latencies);
		return new Sample(latencies.length, elapsedNanos, percentile(latencies, 50), percentile(latencies, 99));
	}

	double callsPerSecond() {
		return this.calls * 1e9 / this.elapsedNanos;
	}

	/**
	 * The nearest-rank percentile of sorted values; {@code bench-pg-adapter.mjs} uses the same definition.
	 */
	private static long percentile(long[] sorted, int percent) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(rank, 1) - 1];
	}

}
