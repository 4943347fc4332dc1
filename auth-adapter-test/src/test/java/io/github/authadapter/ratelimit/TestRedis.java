package io.github.authadapter.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.github.authadapter.test.TestDatabase;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The local Redis server at 127.0.0.1:6379 for one test class, with a key prefix of its own so that no key of
 * another run counts; the keys under it are deleted afterwards. Register it as a static field with
 * {@code @RegisterExtension}. Without the server the test class is skipped, unless the system property
 * {@value TestDatabase#REQUIRE_PROPERTY} is {@code true}, as in CI, which turns the skip into a failure.
 */
final class TestRedis implements BeforeAllCallback, AfterAllCallback {

	static final String HOST = "127.0.0.1";

	static final int PORT = 6379;

	private final String keyPrefix = "auth-adapter-test:" + UUID.randomUUID() + ":";

	private @Nullable RedisClient client;

	private @Nullable StatefulRedisConnection<String, String> connection;

	@Override
	public void beforeAll(ExtensionContext context) {
		this.client = RedisClient.create("redis://" + HOST + ":" + PORT);
		try {
			this.connection = this.client.connect();
		}
		catch (RedisConnectionException ex) {
			this.client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
			this.client = null;
			String reason = "Redis is not reachable at " + HOST + ":" + PORT + " (" + ex.getMessage() + "). Start it.";
			if (Boolean.getBoolean(TestDatabase.REQUIRE_PROPERTY)) {
				throw new IllegalStateException(reason + " (" + TestDatabase.REQUIRE_PROPERTY + " is set, so this fails)",
						ex);
			}
			Assumptions.abort(reason);
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.connection != null) {
			List<String> keys = this.connection.sync().keys(this.keyPrefix + "*");
			if (!keys.isEmpty()) {
				this.connection.sync().del(keys.toArray(String[]::new));
			}
			this.connection.close();
		}
		if (this.client != null) {
			this.client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		}
	}

	/**
	 * The prefix of this test class's keys, ending with a colon.
	 */
	String keyPrefix() {
		return this.keyPrefix;
	}

	/**
	 * Commands on the server, to look at what the application stored.
	 */
	RedisCommands<String, String> commands() {
		if (this.connection == null) {
			throw new IllegalStateException("Register the TestRedis with @RegisterExtension on a static field");
		}
		return this.connection.sync();
	}

}
