package io.github.authadapter.ratelimit;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * {@link SignInLinkRateLimiter} on Bucket4j buckets in a shared store, one per address and one per client, named by
 * {@link RateLimitKeys}, so that the store holds no email or client address, nor anything that leads back to one
 * without the application's secret.
 */
public class Bucket4jSignInLinkRateLimiter implements SignInLinkRateLimiter {

	/**
	 * How many expired buckets each request removes: more than the two it may create, so the store never holds many
	 * more buckets than are in use.
	 */
	static final int EXPIRED_BUCKETS_PER_REQUEST = 10;

	/**
	 * A bucket may go from the store once it is full again: a new one would be the same.
	 */
	static final ExpirationAfterWriteStrategy EXPIRE_WHEN_FULL = ExpirationAfterWriteStrategy
		.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO);

	private final ProxyManager<String> buckets;

	private final RateLimitKeys keys;

	private final BucketConfiguration perAddress;

	private final BucketConfiguration perClient;

	/**
	 * Creates the limiter.
	 * @param buckets the store of the buckets
	 * @param keys the names of the buckets, such as {@code new RateLimitKeys(secret)}
	 * @param perAddress the limit of each address
	 * @param perClient the limit of each client address
	 */
	public Bucket4jSignInLinkRateLimiter(ProxyManager<String> buckets, RateLimitKeys keys, RateLimit perAddress,
			RateLimit perClient) {
		this.buckets = buckets;
		this.keys = keys;
		this.perAddress = perAddress.toBucketConfiguration();
		this.perClient = perClient.toBucketConfiguration();
	}

	@Override
	public void acquire(String address, String client) {
		removeExpiredBuckets();
		// The client is counted first, so that a client asking for links to someone else's address uses up its own
		// allowance even when the address's is exhausted.
		consume("per-client", this.keys.client(client), this.perClient);
		consume("per-address", this.keys.address(address), this.perAddress);
	}

	private void consume(String limit, String key, BucketConfiguration configuration) {
		ConsumptionProbe probe = this.buckets.getProxy(key, () -> configuration).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new SignInLinkRateLimitException(limit, Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	private void removeExpiredBuckets() {
		if (this.buckets instanceof ExpiredEntriesCleaner cleaner) {
			cleaner.removeExpired(EXPIRED_BUCKETS_PER_REQUEST);
		}
	}

}
