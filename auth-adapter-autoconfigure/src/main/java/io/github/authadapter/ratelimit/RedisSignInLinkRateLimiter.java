package io.github.authadapter.ratelimit;

import io.github.bucket4j.TimeoutException;
import io.lettuce.core.RedisException;

import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * {@link Bucket4jSignInLinkRateLimiter} with its buckets in Redis, through Bucket4j's Lettuce module on a connection
 * of the application's {@link LettuceConnectionFactory}, so that every instance of the application that uses the same
 * Redis counts against the same limits. The keys are {@code <prefix>address:<HMAC of the address>} and
 * {@code <prefix>client:<HMAC of the client>} ({@link RateLimitKeys}), and each expires when its bucket is full
 * again.
 * <p>
 * The connection opens at the first sign-in link. While Redis cannot be reached, or does not answer within the
 * client's command timeout ({@code spring.data.redis.timeout}), {@link #acquire} throws a
 * {@link RedisConnectionFailureException}, which the starter answers with {@code 503 Service Unavailable}.
 */
public class RedisSignInLinkRateLimiter extends Bucket4jSignInLinkRateLimiter implements AutoCloseable {

	/**
	 * The default prefix of the keys, ending with a colon.
	 */
	public static final String DEFAULT_KEY_PREFIX = "auth-adapter:rate-limit:";

	private final RedisBuckets buckets;

	/**
	 * Creates the limiter.
	 * @param connectionFactory the application's connection factory, whose client opens a connection of its own
	 * @param keyPrefix the prefix of every key, such as {@value #DEFAULT_KEY_PREFIX}
	 * @param keys the names of the buckets after the prefix
	 */
	public RedisSignInLinkRateLimiter(LettuceConnectionFactory connectionFactory, String keyPrefix, RateLimitKeys keys,
			RateLimit perAddress, RateLimit perClient) {
		this(new RedisBuckets(connectionFactory, keyPrefix), keys, perAddress, perClient);
	}

	private RedisSignInLinkRateLimiter(RedisBuckets buckets, RateLimitKeys keys, RateLimit perAddress,
			RateLimit perClient) {
		super(buckets.proxyManager(), keys, perAddress, perClient);
		this.buckets = buckets;
	}

	@Override
	public void acquire(String address, String client) {
		try {
			super.acquire(address, client);
		}
		catch (RedisException | TimeoutException ex) {
			// Spring's own exception for an unreachable store, which the starter answers with 503 rather than 500.
			throw new RedisConnectionFailureException(
					"Redis, which keeps the limits on sign-in links, is unavailable: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Closes the connection, if it was opened.
	 */
	@Override
	public void close() {
		this.buckets.close();
	}

}
