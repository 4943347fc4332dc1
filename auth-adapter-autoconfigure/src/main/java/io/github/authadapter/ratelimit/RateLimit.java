package io.github.authadapter.ratelimit;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;

/**
 * At most {@code capacity} sign-in links in each {@code period}.
 * @param capacity how many links
 * @param period the time in which they may be sent, after which the full capacity is available again
 */
public record RateLimit(int capacity, Duration period) {

	public RateLimit {
		if (capacity < 1) {
			throw new IllegalArgumentException("The capacity of a rate limit must be at least 1, but was " + capacity
					+ "; set auth.adapter.email.rate-limit.per-address.capacity and per-client.capacity to 1 or more");
		}
		if (period == null || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("The period of a rate limit must be positive, but was " + period
					+ "; set auth.adapter.email.rate-limit.per-address.period and per-client.period to a duration such as 10m");
		}
	}

	BucketConfiguration toBucketConfiguration() {
		// Intervally, not greedily: "3 per 10 minutes" means 3, then nothing until the 10 minutes are over.
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(this.capacity).refillIntervally(this.capacity, this.period))
			.build();
	}

}
