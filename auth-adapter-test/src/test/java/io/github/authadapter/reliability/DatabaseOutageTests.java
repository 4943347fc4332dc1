package io.github.authadapter.reliability;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import io.github.authadapter.test.RunningApplication;
import io.github.authadapter.test.StarterApplication;
import io.github.authadapter.test.oauth.TestBrowser;
import io.github.authadapter.web.DatabaseUnavailableFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away while the application serves requests, and comes back: on a private PostgreSQL server that
 * the test stops as a crash would. Requests fail within the connection pool's timeout with a 503, and once the server
 * is back the same application, not restarted, serves the same session again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTests {

	/**
	 * Hikari's {@code connection-timeout}, as the README recommends it.
	 */
	private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);

	/**
	 * How long a 503 may take: the pool's timeout and a margin for a loaded machine; a hang would exceed it.
	 */
	private static final Duration ANSWER_BOUND = Duration.ofSeconds(5);

	/**
	 * How long the application may take to serve again once the server is back.
	 */
	private static final Duration RECOVERY_BOUND = Duration.ofSeconds(20);

	private PrivatePostgresqlServer server;

	private RunningApplication app;

	@BeforeAll
	void start() throws Exception {
		this.server = PrivatePostgresqlServer.start();
		this.app = RunningApplication.start(StarterApplication.class, this.server.jdbcUrl(), "postgres", "",
				"spring.datasource.hikari.connection-timeout=" + CONNECTION_TIMEOUT.toMillis(),
				// Few connections, so that the first request after the crash gets one that was in use just before:
				// Hikari hands it out without a check, and the statement, then the rollback, fail on it.
				"spring.datasource.hikari.maximum-pool-size=2",
				// The pool and Hibernate log every failed attempt; the starter's one line per request is enough.
				"logging.level.com.zaxxer.hikari=off", "logging.level.org.hibernate=off");
	}

	@AfterAll
	void stop() throws Exception {
		if (this.app != null) {
			this.app.close();
		}
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	void requestsFailFastWith503WhileTheDatabaseIsDownAndWorkOnceItIsBack() throws Exception {
		TestBrowser signedIn = signInByEmail("outage@mail.example");
		assertThat(signedIn.get(this.app.url("/api/auth/session")).body()).contains("outage@mail.example");
		TestBrowser anonymous = new TestBrowser();
		String csrfToken = this.app.csrfToken(anonymous);

		assertThat(signedIn.get(this.app.url("/api/auth/session")).status()).isEqualTo(200);

		this.server.stopImmediately();

		// A write in the starter's own endpoint, on a connection the crash broke.
		assertAnswered503Quickly(() -> anonymous.post(this.app.url("/api/auth/signin/email"),
				Map.of("email", "someone@mail.example", "csrfToken", csrfToken)));
		// The session cookie is looked up before anything else.
		assertAnswered503Quickly(() -> signedIn.get(this.app.url("/api/auth/session")));
		assertAnswered503Quickly(() -> signedIn.get(this.app.url("/a-page-behind-sign-in")));
		// The same write, once the pool has no connection left to give.
		assertAnswered503Quickly(() -> anonymous.post(this.app.url("/api/auth/signin/email"),
				Map.of("email", "someone@mail.example", "csrfToken", csrfToken)));

		this.server.startAgain();

		TestBrowser.Response session = firstAnswerWithin(RECOVERY_BOUND,
				() -> signedIn.get(this.app.url("/api/auth/session")));
		assertThat(session.status()).isEqualTo(200);
		assertThat(session.body()).contains("outage@mail.example");
		TestBrowser.Response sent = anonymous.post(this.app.url("/api/auth/signin/email"),
				Map.of("email", "someone@mail.example", "csrfToken", csrfToken));
		assertThat(sent.status()).isEqualTo(303);
		assertThat(signInByEmail("after-outage@mail.example").get(this.app.url("/api/auth/session")).body())
			.contains("after-outage@mail.example");
	}

	private void assertAnswered503Quickly(Supplier<TestBrowser.Response> request) {
		long start = System.nanoTime();
		TestBrowser.Response response = request.get();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.println("[outage] " + response.uri().getPath() + " answered " + response.status() + " in "
				+ took.toMillis() + " ms (Hikari connection-timeout " + CONNECTION_TIMEOUT.toMillis() + " ms)");
		assertThat(response.status()).as(response.uri() + " " + response.body()).isEqualTo(503);
		assertThat(response.body()).contains(DatabaseUnavailableFilter.MESSAGE);
		assertThat(took).as("time to the 503 of %s", response.uri()).isLessThan(ANSWER_BOUND);
	}

	/**
	 * Repeats the request until it is answered with something other than a 503, as a client that honours
	 * {@code Retry-After} would: the pool reconnects in the background, after a back-off of up to half its timeout.
	 */
	private TestBrowser.Response firstAnswerWithin(Duration bound, Supplier<TestBrowser.Response> request) {
		long start = System.nanoTime();
		TestBrowser.Response response = request.get();
		while (response.status() == 503 && Duration.ofNanos(System.nanoTime() - start).compareTo(bound) < 0) {
			response = request.get();
		}
		System.out.println("[outage] served again " + Duration.ofNanos(System.nanoTime() - start).toMillis()
				+ " ms after the server was back, without a restart of the application");
		return response;
	}

	private TestBrowser signInByEmail(String email) {
		String token = this.app.issueLink(email);
		TestBrowser browser = new TestBrowser();
		TestBrowser.Response response = this.app.confirmLink(browser, this.app.csrfToken(browser), email, token);
		assertThat(response.status()).as(response.body()).isEqualTo(303);
		return browser;
	}

}
