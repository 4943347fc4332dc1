package io.github.authadapter.oauthflow;

import java.time.Instant;
import java.util.Map;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.metrics.SignInMetrics;
import io.github.authadapter.oauth.CookieAuthorizationRequestRepository;
import io.github.authadapter.session.SessionCookies;
import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.logs.RecordedLog;
import io.github.authadapter.test.oauth.TestAuthorizationServer;
import io.github.authadapter.test.oauth.TestBrowser;
import io.github.authadapter.test.oauth.TestUser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OAuth and OpenID Connect sign-in end to end: a real authorization server, the application on a real port, and a
 * browser that follows every redirect, through Auth.js's login-or-register rules, counted in the sign-in metrics.
 * Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractOAuthSignInFlowTests {

	private TestAuthorizationServer server;

	private ConfigurableApplicationContext app;

	private String appUrl;

	/**
	 * The database of the application, registered by the subclass as an extension.
	 */
	protected abstract TestDatabase database();

	@BeforeAll
	void start() {
		this.server = TestAuthorizationServer.builder()
			.user(new TestUser("alice", "alice-pw", 1001, "Alice Liddell", "alice@example.com",
					"https://example.com/alice.png"))
			.user(new TestUser("bob", "bob-pw", 1002, "Bob", "bob@example.com", null))
			.user(new TestUser("dana", "dana-pw", 1004, "Dana", "dana@example.com", null))
			.user(new TestUser("erin", "erin-pw", 1005, "Erin", "erin@example.com", null))
			.user(new TestUser("frank", "frank-pw", 1006, null, "frank@example.com", null))
			.user(new TestUser("gina", "gina-pw", 1007, "Gina", "gina@example.com", null))
			.user(new TestUser("hank", "hank-pw", 1008, "Hank", "hank@example.com", null))
			.user(new TestUser("ivan", "ivan-pw", 1009, "Ivan", null, null))
			.user(new TestUser("judy", "judy-pw", 1010, "Judy", "judy@example.com", null))
			.client("idp")
			.client("trusted-idp")
			.client("ghe")
			.clientRequiringConsent("asking-idp")
			.start();
		RecordedLog.startRecording();
		this.app = new SpringApplicationBuilder(OAuthFlowApplication.class).properties(
				"server.port=0", "spring.main.banner-mode=off", "spring.jmx.enabled=false",
				"spring.datasource.url=" + database().jdbcUrl(), "spring.datasource.username=" + database().username(),
				"spring.datasource.password=" + database().password(), "spring.jpa.hibernate.ddl-auto=validate",
				"spring.jpa.open-in-view=false", "auth.adapter.secret=oauth-flow-test-secret-of-32-bytes",
				"auth.adapter.trusted-hosts=127.0.0.1,localhost", "auth.adapter.email.log-links=true",
				// Debug logging, recorded rather than printed, so that the test of the log proves that no token is
				// logged even then.
				RecordedLog.LOGGING_CONFIG, "logging.level.io.github.authadapter=DEBUG",
				"logging.level.org.springframework.security=DEBUG",
				// An OpenID Connect provider found by discovery (the properties of clientRegistration("idp") below),
				// with the redirect URI left to its default.
				"spring.security.oauth2.client.registration.idp.client-name=Test IdP",
				// The same provider, trusted to link accounts by email address.
				"spring.security.oauth2.client.registration.trusted-idp.provider=idp",
				"spring.security.oauth2.client.registration.trusted-idp.client-id=trusted-idp",
				"spring.security.oauth2.client.registration.trusted-idp.client-secret=" + this.server.clientSecret("trusted-idp"),
				"spring.security.oauth2.client.registration.trusted-idp.scope=openid,profile,email",
				"auth.adapter.oauth.registration.trusted-idp.allow-dangerous-email-account-linking=true",
				// The same provider again, asking the person for consent.
				"spring.security.oauth2.client.registration.asking-idp.provider=idp",
				"spring.security.oauth2.client.registration.asking-idp.client-id=asking-idp",
				"spring.security.oauth2.client.registration.asking-idp.client-secret="
						+ this.server.clientSecret("asking-idp"),
				"spring.security.oauth2.client.registration.asking-idp.scope=openid,profile,email")
			// A plain OAuth 2 provider with GitHub's API, configured by hand: no redirect URI, no grant type.
			.properties(gitHubEnterpriseAsInTheReadme())
			.properties(this.server.clientRegistration("idp"))
			.run();
		int port = ((WebServerApplicationContext) this.app).getWebServer().getPort();
		this.appUrl = "http://127.0.0.1:" + port;
	}

	/**
	 * The README's properties of its hand-configured GitHub Enterprise Server, with this server's endpoints, client
	 * id and secret as the values.
	 */
	private String[] gitHubEnterpriseAsInTheReadme() {
		Map<String, String> values = Map.of("client-id", "ghe", "client-secret", this.server.clientSecret("ghe"),
				"authorization-uri", this.server.authorizationUri(), "token-uri", this.server.tokenUri(),
				"user-info-uri", this.server.gitHubApiUri() + "/user");
		return ReadmeProperties.ofRegistration("ghe").entrySet().stream().map((property) -> {
			String name = property.getKey().substring(property.getKey().lastIndexOf('.') + 1);
			return property.getKey() + "=" + values.getOrDefault(name, property.getValue());
		}).toArray(String[]::new);
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		if (this.server != null) {
			this.server.close();
		}
		RecordedLog.stopRecording();
	}

	@Test
	void aNewUserIsRegisteredWithTheTokensAndSignedInWithADatabaseSession(CapturedOutput output) {
		TestBrowser browser = new TestBrowser();
		double signInsBefore = signIns("idp");

		TestBrowser.Response end = signIn(browser, "idp", "alice");

		assertThat(end.status()).as(browser.history()).isEqualTo(200);
		assertThat(end.uri().toString()).isEqualTo(this.appUrl + "/api/auth/session");
		assertThat(end.body()).contains("\"name\":\"Alice Liddell\"", "\"email\":\"alice@example.com\"",
				"\"image\":\"https://example.com/alice.png\"");
		AdapterUser user = adapter().getUserByEmail("alice@example.com").orElseThrow();
		assertThat(user.emailVerified()).isNull();
		AdapterAccount account = adapter().getAccount("idp", "alice").orElseThrow();
		assertThat(account.userId()).isEqualTo(user.id());
		assertThat(account.type()).isEqualTo("oidc");
		assertThat(account.access_token()).isNotBlank();
		assertThat(account.refresh_token()).isNotBlank();
		assertThat(account.id_token()).isNotBlank();
		assertThat(account.token_type()).isEqualTo("bearer");
		assertThat(account.scope()).contains("openid", "email");
		assertThat(account.expires_at()).isBetween(Instant.now().getEpochSecond() + 200,
				Instant.now().getEpochSecond() + 301);
		String sessionToken = browser.cookie(this.appUrl, SessionCookies.SESSION_TOKEN).orElseThrow();
		assertThat(adapter().getSessionAndUser(sessionToken).orElseThrow().user().id()).isEqualTo(user.id());
		// Stateless: no HTTP session, and the pending authorization request is gone.
		assertThat(browser.cookieNames(this.appUrl)).doesNotContain("JSESSIONID",
				CookieAuthorizationRequestRepository.COOKIE_NAME);
		// The redirect URI is Auth.js's, by default.
		assertThat(browser.visited()).anyMatch((uri) -> uri.getPath().equals("/api/auth/callback/idp"));
		assertThat(signIns("idp")).isEqualTo(signInsBefore + 1);
		String log = output.getAll() + String.join("\n", RecordedLog.lines());
		assertThat(log).contains("DEBUG io.github.authadapter.")
			.doesNotContain(account.access_token())
			.doesNotContain(account.refresh_token())
			.doesNotContain(account.id_token());
	}

	@Test
	void aReturningUserGetsANewSessionAndTheAccountsTokensAreUpdated() {
		signIn(new TestBrowser(), "idp", "judy");
		AdapterUser user = adapter().getUserByEmail("judy@example.com").orElseThrow();
		AdapterAccount first = adapter().getAccount("idp", "judy").orElseThrow();

		TestBrowser laptop = new TestBrowser();
		TestBrowser.Response end = signIn(laptop, "idp", "judy");

		assertThat(end.body()).contains("\"id\":\"" + user.id() + "\"");
		AdapterAccount second = adapter().getAccount("idp", "judy").orElseThrow();
		assertThat(second.userId()).isEqualTo(user.id());
		assertThat(second.access_token()).isNotEqualTo(first.access_token());
		assertThat(second.id_token()).isNotEqualTo(first.id_token());
		assertThat(second.refresh_token()).isNotEqualTo(first.refresh_token());
		assertThat(adapter().listAccountsByUserId(user.id())).hasSize(1);
		assertThat(countRows("sessions", user.id())).isEqualTo(2);
		assertThat(countUsers("judy@example.com")).isEqualTo(1);
	}

	@Test
	void anEmailAddressOfAnExistingUserIsNotLinkedAndExplainsWhatToDo() {
		AdapterUser existing = adapter().createUser(AdapterUser.withEmail("bob@example.com"));
		TestBrowser browser = new TestBrowser();
		double signInsBefore = signIns("idp");
		double failuresBefore = signInFailures("idp", "OAuthAccountNotLinked");

		TestBrowser.Response end = signIn(browser, "idp", "bob");

		assertThat(end.uri().getPath()).isEqualTo("/api/auth/error");
		assertThat(end.uri().getQuery()).isEqualTo("error=OAuthAccountNotLinked");
		assertThat(end.status()).isEqualTo(403);
		assertThat(end.body()).contains("This email address already has an account", "Sign in the way you did");
		assertThat(adapter().getAccount("idp", "bob")).isEmpty();
		assertThat(adapter().listAccountsByUserId(existing.id())).isEmpty();
		assertThat(countRows("sessions", existing.id())).isZero();
		assertThat(browser.cookie(this.appUrl, SessionCookies.SESSION_TOKEN)).isEmpty();
		assertThat(signIns("idp")).isEqualTo(signInsBefore);
		assertThat(signInFailures("idp", "OAuthAccountNotLinked")).isEqualTo(failuresBefore + 1);
	}

	@Test
	void aProviderTrustedWithEmailAddressesLinksToTheUserWithTheSameEmail() {
		AdapterUser existing = adapter().createUser(AdapterUser.withEmail("dana@example.com"));
		TestBrowser browser = new TestBrowser();

		TestBrowser.Response end = signIn(browser, "trusted-idp", "dana");

		assertThat(end.status()).isEqualTo(200);
		assertThat(end.body()).contains("\"id\":\"" + existing.id() + "\"");
		assertThat(adapter().getUserByAccount("trusted-idp", "dana")).map(AdapterUser::id).contains(existing.id());
		assertThat(countUsers("dana@example.com")).isEqualTo(1);
	}

	@Test
	void aSignedInUserLinksAnotherProviderAndKeepsTheSession() {
		TestBrowser browser = new TestBrowser();
		signIn(browser, "idp", "erin");
		String sessionToken = browser.cookie(this.appUrl, SessionCookies.SESSION_TOKEN).orElseThrow();
		AdapterUser erin = adapter().getUserByEmail("erin@example.com").orElseThrow();
		double signInsBefore = signIns("ghe");

		// Still signed in at the provider, so no login form this time.
		TestBrowser.Response end = startSignIn(browser, "ghe", "/api/auth/session");

		assertThat(end.uri().toString()).isEqualTo(this.appUrl + "/api/auth/session");
		assertThat(end.body()).contains("\"id\":\"" + erin.id() + "\"");
		assertThat(browser.cookie(this.appUrl, SessionCookies.SESSION_TOKEN)).contains(sessionToken);
		assertThat(adapter().listAccountsByUserId(erin.id())).extracting(AdapterAccount::provider)
			.containsExactly("ghe", "idp");
		AdapterAccount gitHub = adapter().getAccount("ghe", "1005").orElseThrow();
		assertThat(gitHub.type()).isEqualTo("oauth");
		assertThat(gitHub.id_token()).isNull();
		assertThat(countRows("sessions", erin.id())).isEqualTo(1);
		assertThat(signIns("ghe")).as("linking is not signing in").isEqualTo(signInsBefore);
	}

	@Test
	void gitHubsEmailAddressComesFromUserEmailsAndTheLoginNamesTheUser() {
		TestBrowser browser = new TestBrowser();
		TestBrowser.Response end = signIn(browser, "ghe", "frank");

		// Configured by hand without a redirect URI, the provider sends the browser back to Auth.js's callback.
		assertThat(browser.visited()).anyMatch((uri) -> uri.getPath().equals("/api/auth/callback/ghe"));

		assertThat(end.body()).contains("\"email\":\"frank@example.com\"", "\"name\":\"frank\"");
		AdapterUser frank = adapter().getUserByAccount("ghe", "1006").orElseThrow();
		assertThat(frank.email()).isEqualTo("frank@example.com");
	}

	@Test
	void anAccountLinkedToAnotherUserIsRefusedWhileSignedIn() {
		signIn(new TestBrowser(), "ghe", "gina");
		AdapterUser gina = adapter().getUserByAccount("ghe", "1007").orElseThrow();
		TestBrowser browser = new TestBrowser();
		signIn(browser, "idp", "hank");
		AdapterUser hank = adapter().getUserByEmail("hank@example.com").orElseThrow();
		// Hank signs in at the provider as Gina, whose GitHub-style account is already linked to her user.
		browser.forgetCookies(this.server.issuerUri());

		TestBrowser.Response end = signIn(browser, "ghe", "gina");

		assertThat(end.uri().getQuery()).isEqualTo("error=AccountLinkedToAnotherUser");
		assertThat(end.status()).isEqualTo(403);
		assertThat(end.body()).contains("This account belongs to another user");
		assertThat(adapter().getUserByAccount("ghe", "1007")).map(AdapterUser::id).contains(gina.id());
		assertThat(adapter().listAccountsByUserId(hank.id())).extracting(AdapterAccount::provider)
			.containsExactly("idp");
	}

	@Test
	void unlinkingRemovesAnAccountButNeverTheLastWayToSignIn() {
		TestBrowser browser = new TestBrowser();
		signIn(browser, "idp", "ivan");
		AdapterUser ivan = adapter().getUserByAccount("idp", "ivan").orElseThrow();
		assertThat(ivan.email()).isNull();
		startSignIn(browser, "ghe", "/");
		assertThat(adapter().listAccountsByUserId(ivan.id())).hasSize(2);

		TestBrowser.Response unlinked = unlink(browser, "ghe", "1009");

		assertThat(unlinked.status()).isEqualTo(303);
		assertThat(unlinked.location()).isEqualTo("/account");
		assertThat(adapter().getAccount("ghe", "1009")).isEmpty();

		TestBrowser.Response refused = unlink(browser, "idp", "ivan");

		assertThat(refused.location()).isEqualTo("/account?error=LastSignInMethod");
		assertThat(adapter().getAccount("idp", "ivan")).isPresent();
	}

	@Test
	void decliningAtTheProviderShowsTheAccessDeniedPage() {
		TestBrowser browser = new TestBrowser();
		TestBrowser.Response consent = signIn(browser, "asking-idp", "alice");
		double failuresBefore = signInFailures("asking-idp", "AccessDenied");
		assertThat(this.server.isConsentPage(consent)).as(browser.history()).isTrue();

		TestBrowser.Response end = this.server.declineConsent(browser, consent);

		assertThat(end.uri().getPath()).as(browser.history()).isEqualTo("/api/auth/error");
		assertThat(end.uri().getQuery()).isEqualTo("error=AccessDenied");
		assertThat(end.body()).contains("Sign-in was cancelled");
		assertThat(adapter().getAccount("asking-idp", "alice")).isEmpty();
		assertThat(signInFailures("asking-idp", "AccessDenied")).isEqualTo(failuresBefore + 1);
	}

	@Test
	void aCallbackWithoutAPendingRequestShowsAnErrorPageNotAServerError() {
		TestBrowser browser = new TestBrowser();
		double failuresBefore = signInFailures("idp", "OAuthCallbackError");

		TestBrowser.Response end = browser
			.follow(browser.get(this.appUrl + "/api/auth/callback/idp?code=forged&state=forged"));

		assertThat(end.uri().getQuery()).isEqualTo("error=OAuthCallbackError");
		assertThat(end.status()).isEqualTo(403);
		assertThat(end.body()).contains("Sign-in did not complete");
		assertThat(signInFailures("idp", "OAuthCallbackError")).isEqualTo(failuresBefore + 1);
	}

	@Test
	void aProtectedPageStillSendsAnonymousVisitorsToTheSignInPageWithTheCallbackUrl() {
		TestBrowser.Response response = new TestBrowser().get(this.appUrl + "/notes?sort=new");

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).isEqualTo(this.appUrl + "/api/auth/signin?callbackUrl=%2Fnotes%3Fsort%3Dnew");
	}

	@Test
	void theBuiltInSignInPageOffersTheProvidersAndEmail() {
		TestBrowser browser = new TestBrowser();
		TestBrowser.Response page = browser.get(this.appUrl + "/api/auth/signin?callbackUrl=%2Fnotes");

		assertThat(page.body()).contains("Sign in with Test IdP", "action=\"/api/auth/signin/idp\"",
				"Sign in with GitHub Enterprise", "action=\"/api/auth/signin/email\"",
				"name=\"callbackUrl\" value=\"/notes\"");
		assertThat(page.body().indexOf("/api/auth/signin/idp"))
			.isLessThan(page.body().indexOf("/api/auth/signin/email"));
	}

	@Test
	void theProvidersEndpointListsThemAsAuthJsDoes() {
		TestBrowser.Response response = new TestBrowser().get(this.appUrl + "/api/auth/providers");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("\"idp\":{\"id\":\"idp\",\"name\":\"Test IdP\",\"type\":\"oidc\","
				+ "\"signinUrl\":\"" + this.appUrl + "/api/auth/signin/idp\",\"callbackUrl\":\"" + this.appUrl
				+ "/api/auth/callback/idp\"}")
			.contains("\"ghe\":{\"id\":\"ghe\",\"name\":\"GitHub Enterprise\",\"type\":\"oauth\"")
			.contains("\"email\":{\"id\":\"email\",\"name\":\"Email\",\"type\":\"email\"");
	}

	@Test
	void emailSignInKeepsItsEndpointsUnderTheSamePaths() {
		TestBrowser browser = new TestBrowser();
		String csrfToken = csrfToken(browser);

		TestBrowser.Response sent = browser.post(this.appUrl + "/api/auth/signin/email",
				Map.of("csrfToken", csrfToken, "email", "someone@example.com"));
		TestBrowser.Response confirm = browser
			.get(this.appUrl + "/api/auth/callback/email?token=abc&email=someone%40example.com");

		assertThat(sent.status()).isEqualTo(303);
		assertThat(sent.location()).isEqualTo("/api/auth/verify-request");
		assertThat(confirm.status()).isEqualTo(200);
		assertThat(confirm.body()).contains("someone@example.com");
	}

	@Test
	void signInStartsOnlyWithAPostThatCarriesTheCsrfToken() {
		TestBrowser browser = new TestBrowser();

		TestBrowser.Response withoutToken = browser.post(this.appUrl + "/api/auth/signin/idp", Map.of());
		TestBrowser.Response withToken = browser.post(this.appUrl + "/api/auth/signin/idp",
				Map.of("csrfToken", csrfToken(browser)));

		assertThat(withoutToken.status()).isEqualTo(403);
		assertThat(withToken.status()).isEqualTo(302);
		assertThat(withToken.location()).startsWith(this.server.authorizationUri())
			.contains("code_challenge=", "code_challenge_method=S256", "nonce=", "state=")
			.contains("redirect_uri=" + this.appUrl + "/api/auth/callback/idp&");
		assertThat(browser.cookieNames(this.appUrl + "/api/auth"))
			.contains(CookieAuthorizationRequestRepository.COOKIE_NAME);
	}

	private TestBrowser.Response signIn(TestBrowser browser, String provider, String username) {
		return this.server.signIn(browser, this.appUrl, provider, username, "/api/auth/session");
	}

	private TestBrowser.Response startSignIn(TestBrowser browser, String provider, String callbackUrl) {
		return this.server.startSignIn(browser, this.appUrl, provider, callbackUrl);
	}

	private TestBrowser.Response unlink(TestBrowser browser, String provider, String providerAccountId) {
		return browser.post(this.appUrl + "/api/auth/accounts/unlink", Map.of("csrfToken", csrfToken(browser),
				"provider", provider, "providerAccountId", providerAccountId, "callbackUrl", "/account"));
	}

	private String csrfToken(TestBrowser browser) {
		return browser.csrfToken(this.appUrl);
	}

	private double signIns(String provider) {
		Counter counter = meters().find(SignInMetrics.SIGN_INS)
			.tag("method", "oauth")
			.tag("provider", provider)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private double signInFailures(String provider, String reason) {
		Counter counter = meters().find(SignInMetrics.FAILURES)
			.tag("method", "oauth")
			.tag("provider", provider)
			.tag("reason", reason)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private MeterRegistry meters() {
		return this.app.getBean(MeterRegistry.class);
	}

	private Adapter adapter() {
		return this.app.getBean(Adapter.class);
	}

	private int countRows(String table, String userId) {
		JdbcTemplate jdbc = new JdbcTemplate(database().dataSource());
		String userIdColumn = database().jdbcUrl().startsWith("jdbc:mariadb") ? "`userId`" : "\"userId\"";
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + userIdColumn + " = ?",
				Integer.class, Long.parseLong(userId));
	}

	private int countUsers(String email) {
		return new JdbcTemplate(database().dataSource())
			.queryForObject("SELECT COUNT(*) FROM users WHERE email = ?", Integer.class, email);
	}

}
