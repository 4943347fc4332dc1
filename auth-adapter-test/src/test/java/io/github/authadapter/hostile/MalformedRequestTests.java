package io.github.authadapter.hostile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.authadapter.firewall.MalformedRequestFilter;
import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.hostile.HostileInputApplication;
import io.github.authadapter.test.hostile.RawHttp;
import io.github.authadapter.test.hostile.RawHttp.Response;
import io.github.authadapter.test.logs.RecordedLog;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed paths and queries over raw HTTP, to every route of the starter and to a route of the application: bad and
 * overlong escapes, NUL, path parameters in every segment, encoded slashes, empty and dot segments. Each gets a 4xx
 * and at most one log line, never a 5xx. (A raw backslash is left out: Tomcat refuses it as it reads the request
 * line, and logs the first such request of the connector at info level by design.) On H2 only: they are refused before anything reads the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	private static final List<String> ROUTES = List.of("/", "/me", "/api/auth/session", "/api/auth/csrf",
			"/api/auth/signin", "/api/auth/signin/email", "/api/auth/callback/email", "/api/auth/verify-request",
			"/api/auth/signout", "/api/auth/sessions/revoke", "/api/auth/providers", "/api/auth/error",
			"/api/auth/signin/github", "/api/auth/callback/github");

	private static final List<String> BAD_ESCAPES = List.of("%zz", "%", "%0", "%c0%af", "%00", "%e0%80%af", "%ff",
			"%2f", "%5c", "%25", "%2e%2e");

	private @Nullable ConfigurableApplicationContext app;

	private @Nullable RawHttp http;

	@BeforeAll
	void start() {
		// Debug logging, recorded rather than printed: the build's output gets the warnings only.
		RecordedLog.startRecording();
		this.app = new SpringApplicationBuilder(HostileInputApplication.class)
			.properties(RecordedLog.LOGGING_CONFIG, "server.port=0", "spring.main.banner-mode=off", "spring.jmx.enabled=false",
					"spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.username=" + database.username(),
					"spring.datasource.password=" + database.password(), "spring.jpa.open-in-view=false",
					"auth.adapter.secret=malformed-path-test-secret-32-bytes",
					"auth.adapter.trusted-hosts=127.0.0.1,localhost",
					"auth.adapter.cleanup.cron=-",
					"logging.level.root=info", "logging.level.io.github.authadapter=debug")
			.run();
		this.http = new RawHttp(((WebServerApplicationContext) this.app).getWebServer().getPort());
		// The first request initialises the DispatcherServlet, which logs.
		assertThat(get("/api/auth/session").status()).isEqualTo(200);
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		RecordedLog.stopRecording();
	}

	/**
	 * How many lines the log holds so far, to read those that come after.
	 */
	private static int logged() {
		return RecordedLog.lines().size();
	}

	private static List<String> loggedSince(int mark) {
		List<String> lines = RecordedLog.lines();
		return lines.subList(mark, lines.size());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/;%zz", "/api/auth/session;%zz", "/me;x=%zz", "/api/auth/signin;x=%", "/api;x=%0/auth/csrf" })
	void aBadEscapeInAPathParameterIsABadRequestThatSaysTheAddressIsMalformed(String path) {
		int logged = logged();

		Response response = get(path);

		assertThat(response.status()).as(response::toString).isEqualTo(400);
		assertThat(response.body()).contains(MalformedRequestFilter.MESSAGE);
		assertThat(loggedSince(logged))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("DEBUG", "malformed path"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/auth/signin?callbackUrl=%zz", "/api/auth/callback/email?token=%c0%af",
			"/api/auth/session?x=%", "/me?%ff" })
	void aBadEscapeInTheQueryIsABadRequestWithOneLogLineThatQuotesNoParameter(String target) {
		int logged = logged();

		Response response = get(target);

		assertThat(response.status()).as(response::toString).isEqualTo(400);
		assertThat(response.body()).contains(MalformedRequestFilter.MESSAGE);
		assertThat(loggedSince(logged)).singleElement()
			.satisfies((line) -> assertThat(line).contains("DEBUG", "malformed query or form")
				.doesNotContain(target.substring(target.indexOf('?'))));
	}

	@Test
	void everyMalformedPathOrQueryOnEveryRouteGetsA4xxWithAtMostOneLogLine() {
		Set<String> targets = malformedTargets();
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (String method : List.of("GET", "POST")) {
			for (String target : targets) {
				int logged = logged();
				Response response = this.http().send(method + " " + target + " HTTP/1.1", new byte[0]);
				requests++;
				List<String> lines = loggedSince(logged);
				// Some of the queries are well formed (%00, %2f): those may answer as usual.
				if (response.status() >= 500 || lines.size() > 1
						|| (response.status() < 400 && !target.contains("?"))) {
					failures.add(method + " " + target + " -> " + response.status() + ", " + lines.size()
							+ " log lines: " + lines.stream().limit(3).toList());
				}
			}
		}
		System.out.println("Sent " + requests + " malformed requests");
		assertThat(requests).isGreaterThan(600);
		assertThat(failures).isEmpty();
	}

	@Test
	void everyMalformedFormToEveryRouteGetsA4xxWithAtMostOneLogLine() {
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
			for (String route : ROUTES) {
				for (String escape : BAD_ESCAPES) {
					int logged = logged();
					Response response = this.http().send(method + " " + route
							+ " HTTP/1.1\nContent-Type: application/x-www-form-urlencoded", ("email=" + escape)
						.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
					requests++;
					List<String> lines = loggedSince(logged);
					if (response.status() >= 500 || lines.size() > 1) {
						failures.add(method + " " + route + " email=" + escape + " -> " + response.status() + ", "
								+ lines.size() + " log lines: " + lines.stream().limit(3).toList());
					}
				}
			}
		}
		System.out.println("Sent " + requests + " malformed forms");
		assertThat(failures).isEmpty();
	}

	@Test
	void wellFormedRequestsAnswerAsBefore() {
		assertThat(get("/api/auth/session").body()).isEqualTo("null");
		assertThat(get("/api/auth/csrf").body()).contains("csrfToken");
		assertThat(get("/api/auth/signin").status()).isEqualTo(200);
		assertThat(get("/api/auth/session?x=%41%c3%a9").body()).isEqualTo("null");
		assertThat(get("/me").status()).isEqualTo(401);
	}

	/**
	 * Each route with a malformed part appended, inserted as a path parameter after each segment, and in the query.
	 */
	private static Set<String> malformedTargets() {
		Set<String> targets = new LinkedHashSet<>();
		for (String route : ROUTES) {
			String base = route.equals("/") ? "" : route;
			for (String escape : BAD_ESCAPES) {
				targets.add(base + "/" + escape);
				targets.add(base + escape);
				targets.add(base + ";" + escape);
				targets.add(base + ";x=" + escape);
				targets.add(route + "?" + escape);
				targets.add(route + "?callbackUrl=" + escape);
			}
			String[] segments = base.split("/");
			for (int at = 1; at < segments.length; at++) {
				for (String parameter : List.of(";", ";%zz", ";x=%zz", ";x=%c0%af", ";%00", ";x=%")) {
					List<String> withParameter = new ArrayList<>(List.of(segments));
					withParameter.set(at, segments[at] + parameter);
					targets.add(String.join("/", withParameter));
				}
			}
			targets.add("/" + base);
			targets.add(base + "//");
			targets.add(base + "/..");
			targets.add(base + "/../..");
			targets.add(base + "/.");
			targets.add(base + "/%2e%2e/" + base);
			targets.add("/x/.." + base);
			targets.add(base.replace("/", "//"));
			targets.add(base.replace("/", "%2f"));
		}
		targets.remove("");
		return targets;
	}

	private Response get(String target) {
		return http().send("GET " + target + " HTTP/1.1", new byte[0]);
	}

	private RawHttp http() {
		assertThat(this.http).isNotNull();
		return this.http;
	}

}
