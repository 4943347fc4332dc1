package io.github.authadapter.ratelimit;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits on sign-in mails with their buckets in Redis, which both instances share, and their other tables on H2.
 */
class RedisSignInRateLimitTests extends AbstractSignInRateLimitTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@RegisterExtension
	static final TestRedis redis = new TestRedis();

	@Override
	protected TestDatabase database() {
		return database;
	}

	@Override
	protected List<Class<?>> configurations() {
		return List.of(RedisConnection.class);
	}

	@Override
	protected List<String> properties() {
		return List.of("test.redis.port=" + TestRedis.PORT, "auth.adapter.email.rate-limit.store=redis",
				"auth.adapter.email.rate-limit.redis-key-prefix=" + redis.keyPrefix());
	}

	@Test
	void bucketsAreKeysUnderThePrefixThatExpireAndNameNoAddressAndNoneIsInTheDatabase() {
		assertThat(askForLink("tidy@mail.example").statusCode()).isEqualTo(303);
		List<String> keys = redis.commands().keys(redis.keyPrefix() + "*");
		assertThat(keys).isNotEmpty()
			.noneMatch((key) -> key.contains("tidy"))
			.allMatch((key) -> key.matches("\\Q" + redis.keyPrefix() + "\\E(address|client):[0-9a-f]{64}"))
			.contains(redis.keyPrefix() + new RateLimitKeys(SECRET).address("tidy@mail.example"))
			.doesNotContain(redis.keyPrefix() + unkeyedName("address", "tidy@mail.example"));
		for (String key : keys) {
			assertThat(redis.commands().pttl(key)).as("time to live of " + key)
				.isPositive()
				.isLessThanOrEqualTo(Duration.ofMinutes(10).toMillis());
		}
		assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM auth_adapter_rate_limits", Integer.class)).isZero();
	}

	@Test
	void anInstanceThatCannotReachRedisAnswers503AndNeitherStoresNorSendsALink() throws IOException {
		List<String> properties = new ArrayList<>(properties());
		properties.add("test.redis.port=" + closedPort());
		try (Instance cutOff = new Instance(database, configurations(), properties)) {
			HttpResponse<String> answer = cutOff.askForLink("cut-off@mail.example", newClient(), "text/html");
			assertThat(answer.statusCode()).isEqualTo(503);
			assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(answer.body()).doesNotContain("cut-off");
			assertThat(cutOff.mails().urlsTo("cut-off@mail.example")).isEmpty();
			assertThat(liveTokens("cut-off@mail.example")).isZero();
		}
	}

	/**
	 * A port on which nothing listens: one that was free a moment ago.
	 */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
