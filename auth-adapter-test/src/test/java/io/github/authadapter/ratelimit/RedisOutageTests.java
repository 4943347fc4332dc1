package io.github.authadapter.ratelimit;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis goes away while the application serves sign-in links, and comes back: on a private Redis server that the test
 * kills as a crash would. Requests for a link fail within the Redis command timeout with a 503, and once the server is
 * back the same application, not restarted, counts in it again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisOutageTests {

	/**
	 * The command timeout, {@code spring.data.redis.timeout} in an application, as the README recommends it.
	 */
	private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);

	/**
	 * How long a 503 may take: the command timeout and a margin for a loaded machine; a hang would exceed it.
	 */
	private static final Duration ANSWER_BOUND = Duration.ofSeconds(5);

	/**
	 * How long the application may take to count again once the server is back: Lettuce reconnects with a back-off
	 * of up to 30 seconds.
	 */
	private static final Duration RECOVERY_BOUND = Duration.ofSeconds(45);

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	private PrivateRedisServer redis;

	private AbstractSignInRateLimitTests.Instance app;

	@BeforeAll
	void start() throws Exception {
		this.redis = PrivateRedisServer.start();
		this.app = new AbstractSignInRateLimitTests.Instance(database, List.of(RedisConnection.class),
				List.of("test.redis.port=" + this.redis.port(), "test.redis.timeout=" + COMMAND_TIMEOUT.toMillis() + "ms",
						"auth.adapter.email.rate-limit.store=redis",
						// The starter's one line per refused request is enough.
						"logging.level.io.lettuce=off"));
	}

	@AfterAll
	void stop() throws Exception {
		if (this.app != null) {
			this.app.close();
		}
		if (this.redis != null) {
			this.redis.close();
		}
	}

	@Test
	void requestsForLinksFailFastWith503WhileRedisIsDownAndAreCountedOnceItIsBack() throws Exception {
		assertThat(ask("before@mail.example").statusCode()).isEqualTo(303);

		this.redis.kill();
		for (int i = 0; i < 3; i++) {
			Instant sent = Instant.now();
			HttpResponse<String> answer = ask("during-" + i + "@mail.example");
			assertThat(answer.statusCode()).isEqualTo(503);
			assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
			// The database is up: the answer must not send anyone looking for a database outage.
			assertThat(answer.body()).contains("temporarily unavailable").doesNotContainIgnoringCase("database");
			assertThat(Duration.between(sent, Instant.now())).isLessThan(ANSWER_BOUND);
			assertThat(this.app.mails().urlsTo("during-" + i + "@mail.example")).isEmpty();
		}

		this.redis.restart();
		Instant restarted = Instant.now();
		HttpResponse<String> answer = ask("after@mail.example");
		while (answer.statusCode() != 303 && Duration.between(restarted, Instant.now()).compareTo(RECOVERY_BOUND) < 0) {
			assertThat(answer.statusCode()).isEqualTo(503);
			Thread.sleep(200);
			answer = ask("after@mail.example");
		}
		assertThat(answer.statusCode()).isEqualTo(303);
		// The limits count again: the restarted server is empty, so the address has its whole allowance.
		for (int i = 1; i < AbstractSignInRateLimitTests.PER_ADDRESS; i++) {
			assertThat(ask("after@mail.example").statusCode()).isEqualTo(303);
		}
		assertThat(ask("after@mail.example").statusCode()).isEqualTo(429);
	}

	private HttpResponse<String> ask(String address) {
		return this.app.askForLink(address, AbstractSignInRateLimitTests.newClient(), "text/html");
	}

}
