package io.github.authadapter.ratelimit;

import java.util.Arrays;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.RedisApi;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The commands that Bucket4j's Lettuce module sends, on a connection of its own from the application's Lettuce client,
 * with every key under a prefix. The connection is opened by the first command rather than at startup, so that the
 * application starts while Redis is down, and a failed attempt is repeated by the next command; once open, Lettuce
 * reconnects it by itself.
 * <p>
 * The keys are typed {@code Object} because Bucket4j hands them over in an {@code Object[]}.
 */
final class RedisBuckets implements RedisApi<Object>, AutoCloseable {

	private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

	private final LettuceConnectionFactory connectionFactory;

	private final String keyPrefix;

	private @Nullable StatefulConnection<String, byte[]> connection;

	private @Nullable RedisClusterAsyncCommands<String, byte[]> commands;

	RedisBuckets(LettuceConnectionFactory connectionFactory, String keyPrefix) {
		this.connectionFactory = connectionFactory;
		this.keyPrefix = keyPrefix;
	}

	/**
	 * The buckets, which Redis deletes once they are full again.
	 */
	ProxyManager<String> proxyManager() {
		return new Bucket4jLettuce.LettuceBasedProxyManagerBuilder<Object>(this)
			.expirationAfterWrite(Bucket4jSignInLinkRateLimiter.EXPIRE_WHEN_FULL)
			.build()
			.withMapper((String key) -> this.keyPrefix + key);
	}

	@Override
	public <V> RedisFuture<V> eval(String script, ScriptOutputType scriptOutputType, Object[] keys, byte[][] params) {
		return commands().eval(script, scriptOutputType, Arrays.copyOf(keys, keys.length, String[].class), params);
	}

	@Override
	public RedisFuture<byte[]> get(Object key) {
		return commands().get((String) key);
	}

	@Override
	public RedisFuture<?> delete(Object key) {
		return commands().del((String) key);
	}

	private synchronized RedisClusterAsyncCommands<String, byte[]> commands() {
		if (this.commands == null) {
			AbstractRedisClient client = this.connectionFactory.getRequiredNativeClient();
			if (client instanceof RedisClusterClient cluster) {
				StatefulRedisClusterConnection<String, byte[]> opened = cluster.connect(CODEC);
				this.connection = opened;
				this.commands = opened.async();
			}
			else {
				StatefulRedisConnection<String, byte[]> opened = ((RedisClient) client).connect(CODEC);
				this.connection = opened;
				this.commands = opened.async();
			}
		}
		return this.commands;
	}

	@Override
	public synchronized void close() {
		if (this.connection != null) {
			this.connection.close();
			this.connection = null;
			this.commands = null;
		}
	}

}
