package io.github.authadapter.jwtsession;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.UserSessions;
import io.github.authadapter.test.AuthJsJwtScript;
import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.oauth.TestAuthorizationServer;
import io.github.authadapter.test.oauth.TestBrowser;
import io.github.authadapter.test.oauth.TestUser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OAuth sign-in with {@code auth.adapter.session.strategy=jwt} against a real authorization server, on PostgreSQL:
 * the user and the account are stored through the Adapter, no session row is, and the cookie is a token that Auth.js's
 * own {@code decode} reads; a person signed in by a JWT session who signs in with a provider links it, as with a
 * database session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JwtSessionOAuthSignInTests {

	private static final Pattern CSRF_TOKEN = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

	private static final String COOKIE = "authjs.session-token";

	private static final String SECRET = JwtSessionInteropTests.randomSecret();

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	private @Nullable TestAuthorizationServer server;

	private @Nullable ConfigurableApplicationContext app;

	private String appUrl = "";

	private AuthJsJwtScript node;

	@BeforeAll
	void start() {
		this.node = AuthJsJwtScript.installed();
		this.server = TestAuthorizationServer.builder()
			.user(new TestUser("alice", "alice-pw", 1001, "Alice Liddell", "alice@example.com",
					"https://example.com/alice.png"))
			.user(new TestUser("bob", "bob-pw", 1002, "Bob", "bob@example.com", null))
			.client("idp")
			.start();
		this.app = new SpringApplicationBuilder(JwtSessionApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "spring.jmx.enabled=false",
					"spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.username=" + database.username(),
					"spring.datasource.password=" + database.password(), "spring.jpa.open-in-view=false",
					"auth.adapter.secret=" + SECRET, "auth.adapter.session.strategy=jwt",
					"auth.adapter.trusted-hosts=127.0.0.1", "auth.adapter.cleanup.cron=-", "logging.level.root=warn",
					"spring.security.oauth2.client.provider.idp.issuer-uri=" + this.server.issuerUri(),
					"spring.security.oauth2.client.registration.idp.client-id=idp",
					"spring.security.oauth2.client.registration.idp.client-secret=" + this.server.clientSecret("idp"),
					"spring.security.oauth2.client.registration.idp.scope=openid,profile,email")
			.run();
		this.appUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) this.app).getWebServer().getPort();
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	void aNewUserIsRegisteredAndGetsATokenThatAuthJsReads() {
		TestBrowser browser = new TestBrowser();
		TestBrowser.Response end = signInWithProvider(browser, "alice");

		assertThat(end.uri().getPath()).as(browser.history()).isEqualTo("/api/auth/session");
		assertThat(end.body()).contains("\"email\":\"alice@example.com\"", "\"name\":\"Alice Liddell\"");
		AdapterUser user = adapter().getUserByEmail("alice@example.com").orElseThrow();
		assertThat(adapter().getAccount("idp", "alice").orElseThrow().userId()).isEqualTo(user.id());
		assertThat(this.app.getBean(UserSessions.class).findByUserId(user.id())).isEmpty();
		String token = browser.cookie(this.appUrl, COOKIE).orElseThrow();
		JsonNode claims = this.node.run(JwtSessionInteropTests.operation("decode", "v5", "token", token, "secret",
				SECRET, "salt", COOKIE)).get("claims");
		assertThat(claims.get("sub").asString()).isEqualTo(user.id());
		assertThat(claims.get("name").asString()).isEqualTo("Alice Liddell");
		assertThat(claims.get("email").asString()).isEqualTo("alice@example.com");
		assertThat(claims.get("picture").asString()).isEqualTo("https://example.com/alice.png");
	}

	@Test
	void aPersonSignedInByAJwtSessionLinksTheProviderTheySignInWith() {
		TestBrowser browser = new TestBrowser();
		Map<String, String> link = emailLink(browser, "bob@example.com");
		browser.post(this.appUrl + "/api/auth/callback/email", Map.of("csrfToken", csrfToken(browser), "token",
				link.get("token"), "email", link.get("email")));
		AdapterUser bob = adapter().getUserByEmail("bob@example.com").orElseThrow();
		assertThat(browser.get(this.appUrl + "/me").body()).startsWith(bob.id() + " ");

		signInWithProvider(browser, "bob");

		assertThat(adapter().getAccount("idp", "bob").orElseThrow().userId()).isEqualTo(bob.id());
		assertThat(browser.get(this.appUrl + "/me").body()).startsWith(bob.id() + " ");
	}

	private TestBrowser.Response signInWithProvider(TestBrowser browser, String username) {
		TestBrowser.Response response = browser.follow(browser.post(this.appUrl + "/api/auth/signin/idp",
				Map.of("csrfToken", csrfToken(browser), "callbackUrl", "/api/auth/session")));
		if (this.server.isLoginPage(response)) {
			response = this.server.logIn(browser, response, this.server.user(username));
		}
		return response;
	}

	private Map<String, String> emailLink(TestBrowser browser, String email) {
		browser.post(this.appUrl + "/api/auth/signin/email", Map.of("csrfToken", csrfToken(browser), "email", email));
		String query = URI.create(this.app.getBean(JwtSessionApplication.SentLinks.class).last().url()).getQuery();
		Map<String, String> parameters = new java.util.LinkedHashMap<>();
		for (String pair : query.split("&")) {
			List<String> nameAndValue = List.of(pair.split("=", 2));
			parameters.put(nameAndValue.get(0), nameAndValue.get(1));
		}
		return parameters;
	}

	private String csrfToken(TestBrowser browser) {
		Matcher matcher = CSRF_TOKEN.matcher(browser.get(this.appUrl + "/api/auth/csrf").body());
		assertThat(matcher.find()).as("CSRF token").isTrue();
		return matcher.group(1);
	}

	private Adapter adapter() {
		return this.app.getBean(Adapter.class);
	}

}
