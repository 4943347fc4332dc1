package io.github.authadapter.sample;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.SessionAndUser;
import io.github.authadapter.test.AuthJsScript;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app and a Next.js app on Auth.js share a PostgreSQL database: a session that Auth.js's own
 * {@code @auth/pg-adapter} created signs requests in to the sample app through the cookie, a session that the sample
 * app created is what Auth.js reads for that cookie, a sign-in link issued by Auth.js works in the sample app, and
 * so does Auth.js's CSRF cookie, both ways.
 * The Node side is {@code interop/authjs/session-interop.mjs}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionInteropTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	private static final String SECRET = "shared-auth-secret-" + UUID.randomUUID();

	private ConfigurableApplicationContext app;

	private AuthJsScript authJs;

	private String baseUrl;

	@BeforeAll
	void startTheSampleAppOnTheSharedDatabase() {
		this.authJs = AuthJsScript.on("session-interop.mjs", database);
		this.app = new SpringApplicationBuilder(SampleApplication.class).run("--server.port=0",
				"--spring.profiles.active=dev", "--spring.main.banner-mode=off",
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--auth.adapter.secret=" + SECRET);
		this.baseUrl = "http://localhost:" + this.app.getEnvironment().getProperty("local.server.port");
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void aSessionCreatedByAuthJsSignsInToTheSampleApp() {
		JsonNode created = this.authJs.run("create-session", Map.of());
		String email = created.get("user").get("email").asString();
		String sessionToken = created.get("session").get("sessionToken").asString();

		BrowserlessClient browser = new BrowserlessClient(this.baseUrl);
		browser.cookie("authjs.session-token", sessionToken);
		HttpResponse<String> session = browser.get("/api/auth/session", "application/json");
		assertThat(session.statusCode()).isEqualTo(200);
		assertThat(session.body()).contains("\"email\":\"" + email + "\"")
			.contains("\"id\":\"" + created.get("user").get("id").asString() + "\"");
		HttpResponse<String> account = browser.get("/account", "text/html");
		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).contains(email).contains("This browser");
	}

	@Test
	void signingOutOfTheSampleAppEndsTheSessionForAuthJsToo() {
		JsonNode created = this.authJs.run("create-session", Map.of());
		String sessionToken = created.get("session").get("sessionToken").asString();
		BrowserlessClient browser = new BrowserlessClient(this.baseUrl);
		browser.cookie("authjs.session-token", sessionToken);
		String csrf = BrowserlessClient.csrfField(browser.get("/account", "text/html").body());

		HttpResponse<String> signedOut = browser.postForm("/api/auth/signout", Map.of("csrfToken", csrf));

		assertThat(signedOut.statusCode()).isEqualTo(303);
		assertThat(browser.cookie("authjs.session-token")).as("the cookie is removed").isNull();
		assertThat(this.authJs.run("find-session", Map.of("sessionToken", sessionToken)).get("found").asBoolean())
			.as("Auth.js finds the session")
			.isFalse();
	}

	@Test
	void theCookieNameOfNextAuthV4SignsInToo() {
		JsonNode created = this.authJs.run("create-session", Map.of());
		BrowserlessClient browser = new BrowserlessClient(this.baseUrl);
		browser.cookie("next-auth.session-token", created.get("session").get("sessionToken").asString());
		assertThat(browser.get("/api/auth/session", "application/json").body())
			.contains(created.get("user").get("email").asString());
	}

	@Test
	void aSessionCreatedByTheSampleAppIsTheOneAuthJsReadsForTheCookie() {
		String email = "interop-" + UUID.randomUUID() + "@example.com";
		BrowserlessClient browser = new BrowserlessClient(this.baseUrl);
		String csrf = BrowserlessClient.csrfField(browser.get("/", "text/html").body());
		HttpResponse<String> sent = browser.postForm("/api/auth/signin/email",
				Map.of("csrfToken", csrf, "email", email, "callbackUrl", "/account"));
		assertThat(sent.statusCode()).isEqualTo(303);
		String link = this.app.getBean(Outbox.class).messages().get(0).link();
		assertThat(link).contains(email.replace("@", "%40"));

		String sessionToken = confirm(browser, link);

		JsonNode readByAuthJs = this.authJs.run("read-session", Map.of("sessionToken", sessionToken));
		SessionAndUser inJava = this.app.getBean(Adapter.class).getSessionAndUser(sessionToken).orElseThrow();
		assertThat(readByAuthJs.get("user").get("email").asString()).isEqualTo(email);
		assertThat(readByAuthJs.get("user").get("id").asString()).isEqualTo(inJava.user().id());
		assertThat(readByAuthJs.get("user").get("emailVerified").isNull()).as("emailVerified").isFalse();
		assertThat(readByAuthJs.get("session").get("userId").asString()).isEqualTo(inJava.user().id());
		assertThat(Instant.parse(readByAuthJs.get("session").get("expires").asString()))
			.isEqualTo(inJava.session().expires().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
	}

	@Test
	void aSignInLinkIssuedByAuthJsWithTheSameSecretWorksInTheSampleApp() {
		String email = "link-" + UUID.randomUUID() + "@example.com";
		String token = this.authJs.run("create-email-link", Map.of("email", email, "secret", SECRET))
			.get("token")
			.asString();
		BrowserlessClient browser = new BrowserlessClient(this.baseUrl);

		confirm(browser, this.baseUrl + "/api/auth/callback/email?callbackUrl=%2Faccount&token=" + token + "&email="
				+ email.replace("@", "%40"));

		AdapterUser user = this.app.getBean(Adapter.class).getUserByEmail(email).orElseThrow();
		assertThat(user.emailVerified()).isNotNull();
		assertThat(browser.get("/api/auth/session", "application/json").body()).contains(email);
	}

	@Test
	void aCsrfCookieThatAuthJsWroteWithTheSameSecretIsAcceptedByTheSampleApp() {
		JsonNode authJs = this.authJs.run("csrf-cookie", Map.of("secret", SECRET));
		String[] cookie = authJs.get("cookie").asString().split("=", 2);
		BrowserlessClient browser = new BrowserlessClient(this.baseUrl);
		browser.cookie(cookie[0], cookie[1]);

		HttpResponse<String> sent = browser.postForm("/api/auth/signin/email", Map.of("csrfToken",
				authJs.get("csrfToken").asString(), "email", "csrf-" + UUID.randomUUID() + "@example.com"));

		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
	}

	@Test
	void authJsAcceptsTheCsrfCookieOfTheSampleApp() {
		BrowserlessClient browser = new BrowserlessClient(this.baseUrl);
		String csrfToken = BrowserlessClient.csrfField(browser.get("/", "text/html").body());
		String cookie = "authjs.csrf-token=" + browser.cookie("authjs.csrf-token");

		assertThat(this.authJs.run("verify-csrf", Map.of("secret", SECRET, "cookie", cookie, "csrfToken", csrfToken))
			.get("accepted")
			.asBoolean()).as("Auth.js accepts the cookie and token").isTrue();
		assertThat(this.authJs.run("verify-csrf",
				Map.of("secret", "another-secret", "cookie", cookie, "csrfToken", csrfToken))
			.get("accepted")
			.asBoolean()).as("Auth.js with another secret").isFalse();
	}

	/**
	 * Opens a sign-in link and presses the button of its confirm page.
	 * @return the session token of the cookie the sample app set
	 */
	private String confirm(BrowserlessClient browser, String link) {
		HttpResponse<String> signedIn = browser.useSignInLink(link);
		assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
		assertThat(signedIn.headers().firstValue("Location")).contains("/account");
		String sessionToken = browser.cookie("authjs.session-token");
		assertThat(sessionToken).isNotNull();
		return sessionToken;
	}

}
