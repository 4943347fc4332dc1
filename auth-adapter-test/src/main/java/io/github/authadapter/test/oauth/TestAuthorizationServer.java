package io.github.authadapter.test.oauth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A real OAuth 2 and OpenID Connect provider for integration tests: Spring Authorization Server in its own Spring Boot
 * application on a random port of {@code localhost}, with a login form, registered clients and test users. It also
 * serves a GitHub-style API under {@link #gitHubApiUri()} ({@code /user} and {@code /user/emails}, as GitHub
 * Enterprise Server has them under {@code /api/v3}) that accepts its access tokens.
 * <p>
 * Each client may redirect to {@code http://127.0.0.1:<any port>/api/auth/callback/<client id>}: the application
 * under test should therefore be reached at {@code 127.0.0.1}, which also keeps its cookies apart from the server's.
 * <pre>{@code
 * TestAuthorizationServer server = TestAuthorizationServer.builder()
 *     .user(new TestUser("alice", "secret", 1001, "Alice", "alice@example.com", null))
 *     .client("idp")
 *     .start();
 * app = new SpringApplicationBuilder(MyApplication.class).properties(server.clientRegistration("idp")).run();
 * TestBrowser.Response end = server.signIn(new TestBrowser(), appUrl, "idp", "alice", "/api/auth/session");
 * }</pre>
 */
public final class TestAuthorizationServer implements AutoCloseable {

	private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

	private final ConfigurableApplicationContext context;

	private final String clientSecret;

	private final Map<String, TestUser> users;

	private final TestAuthorizationServerApplication.Observations observations;

	private TestAuthorizationServer(ConfigurableApplicationContext context, String clientSecret,
			Map<String, TestUser> users) {
		this.context = context;
		this.clientSecret = clientSecret;
		this.users = users;
		this.observations = context.getBean(TestAuthorizationServerApplication.Observations.class);
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The issuer, {@code http://localhost:<port>}, for {@code spring.security.oauth2.client.provider.*.issuer-uri}.
	 */
	public String issuerUri() {
		int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
		return "http://localhost:" + port;
	}

	/**
	 * The base address of the GitHub-style API; its user-info endpoint is this plus {@code /user}.
	 */
	public String gitHubApiUri() {
		return issuerUri() + "/api/v3";
	}

	public String authorizationUri() {
		return issuerUri() + "/oauth2/authorize";
	}

	public String tokenUri() {
		return issuerUri() + "/oauth2/token";
	}

	/**
	 * The Spring Boot properties that make a client of this server a sign-in provider of an application: an OpenID
	 * Connect provider found through the server's discovery document, with the client's id and secret and the scopes
	 * {@code openid profile email}. The provider and the registration are named after the client.
	 * @param clientId a client registered with {@link Builder#client(String)}
	 * @return {@code spring.security.oauth2.client.provider.<clientId>.issuer-uri=...} and the registration's
	 * properties, for {@code SpringApplicationBuilder.properties(...)}
	 */
	public String[] clientRegistration(String clientId) {
		String registration = "spring.security.oauth2.client.registration." + clientId;
		return new String[] { "spring.security.oauth2.client.provider." + clientId + ".issuer-uri=" + issuerUri(),
				registration + ".client-id=" + clientId, registration + ".client-secret=" + clientSecret(clientId),
				registration + ".scope=openid,profile,email" };
	}

	/**
	 * Signs a user of this server in to an application on the starter, as its sign-in button does: posts
	 * {@code /api/auth/signin/<registrationId>} with the application's CSRF token, follows the redirects, and fills in
	 * the login form when the server shows it (not when the browser is logged in here already).
	 * @param browser the browser, with its cookies at the application and at this server
	 * @param appUrl the application's address, such as {@code http://127.0.0.1:8080}
	 * @param registrationId the application's registration of this server
	 * @param username the user who logs in here
	 * @param callbackUrl where the application sends the browser once signed in
	 * @return the response at the end of the redirects: the callback URL's page, or an error page
	 */
	public TestBrowser.Response signIn(TestBrowser browser, String appUrl, String registrationId, String username,
			String callbackUrl) {
		TestBrowser.Response response = startSignIn(browser, appUrl, registrationId, callbackUrl);
		return isLoginPage(response) ? logIn(browser, response, user(username)) : response;
	}

	/**
	 * Presses the sign-in button of an application for this server and follows the redirects, up to this server's
	 * login page, or further when the browser is logged in here already.
	 * @param browser the browser, with its cookies at the application and at this server
	 * @param appUrl the application's address, such as {@code http://127.0.0.1:8080}
	 * @param registrationId the application's registration of this server
	 * @param callbackUrl where the application sends the browser once signed in
	 * @return the response at the end of the redirects
	 */
	public TestBrowser.Response startSignIn(TestBrowser browser, String appUrl, String registrationId,
			String callbackUrl) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("csrfToken", browser.csrfToken(appUrl));
		form.put("callbackUrl", callbackUrl);
		return browser.follow(browser.post(appUrl + "/api/auth/signin/" + registrationId, form));
	}

	/**
	 * The secret of the registered client.
	 */
	public String clientSecret(String clientId) {
		return TestAuthorizationServerApplication.clientSecret(this.clientSecret, clientId);
	}

	/**
	 * The PKCE code verifiers that clients sent to the token endpoint, oldest first: secrets that a test may look for
	 * in logs.
	 */
	public List<String> codeVerifiers() {
		return List.copyOf(this.observations.codeVerifiers);
	}

	/**
	 * How many answers the server posted to a redirect URI as a form, for {@code response_mode=form_post}.
	 */
	public int formPostAnswers() {
		return this.observations.formPostAnswers.get();
	}

	/**
	 * How many Apple client secrets the token endpoint verified.
	 */
	public int appleClientSecretsVerified() {
		return this.observations.appleClientSecretsVerified.get();
	}

	/**
	 * How many times clients asked the token endpoint to refresh an access token.
	 */
	public int refreshTokenRequests() {
		return this.observations.refreshTokenRequests.get();
	}

	/**
	 * Revokes a token at the server's revocation endpoint, as a person who removes the application's access at the
	 * provider: a refresh token can no longer be used.
	 * @param clientId the client that the token was issued to
	 * @param token the access or refresh token
	 */
	public void revoke(String clientId, String token) {
		RestClient.create()
			.post()
			.uri(issuerUri() + "/oauth2/revoke")
			.headers((headers) -> headers.setBasicAuth(clientId, clientSecret(clientId)))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
			.retrieve()
			.toBodilessEntity();
	}

	/**
	 * Whether a line of Spring Boot's console log was written while the server answered a request, by the thread
	 * name that the line shows. The server is the provider, whose log would be on another machine.
	 */
	public boolean wrote(String logLine) {
		for (String thread : this.observations.threads) {
			String shown = (thread.length() > 15) ? thread.substring(thread.length() - 15) : thread;
			if (logLine.contains("[" + " ".repeat(15 - shown.length()) + shown + "]")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the browser is on the server's login page.
	 */
	public boolean isLoginPage(TestBrowser.Response response) {
		return response.status() == 200 && response.uri().toString().startsWith(issuerUri() + "/login");
	}

	/**
	 * Fills in and submits the login form that the browser shows, and follows the redirects that follow.
	 * @return the response at the end of the redirects
	 */
	public TestBrowser.Response logIn(TestBrowser browser, TestBrowser.Response loginPage, TestUser user) {
		if (!isLoginPage(loginPage)) {
			throw new IllegalStateException("Not the login page of the authorization server: " + loginPage.uri());
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", user.username());
		form.put("password", user.password());
		form.put("_csrf", csrfToken(loginPage.body()));
		return browser.follow(browser.post(URI.create(issuerUri() + "/login"), form));
	}

	/**
	 * Whether the browser is on the server's consent page, which clients registered with
	 * {@link Builder#clientRequiringConsent(String)} show after login.
	 */
	public boolean isConsentPage(TestBrowser.Response response) {
		return response.status() == 200 && response.uri().toString().startsWith(issuerUri() + "/oauth2/authorize")
				&& response.body().contains("consent_form");
	}

	/**
	 * Presses "Cancel" on the consent page, as a person who declines, and follows the redirects that follow.
	 * @return the response at the end of the redirects
	 */
	public TestBrowser.Response declineConsent(TestBrowser browser, TestBrowser.Response consentPage) {
		if (!isConsentPage(consentPage)) {
			throw new IllegalStateException("Not the consent page of the authorization server: " + consentPage.uri());
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("client_id", hiddenValue(consentPage.body(), "client_id"));
		form.put("state", hiddenValue(consentPage.body(), "state"));
		return browser.follow(browser.post(URI.create(issuerUri() + "/oauth2/authorize"), form));
	}

	/**
	 * The user with the username.
	 */
	public TestUser user(String username) {
		TestUser user = this.users.get(username);
		if (user == null) {
			throw new IllegalArgumentException("No test user '" + username + "'; known: " + this.users.keySet());
		}
		return user;
	}

	@Override
	public void close() {
		this.context.close();
	}

	private static String csrfToken(String html) {
		return hiddenValue(html, "_csrf");
	}

	private static String hiddenValue(String html, String name) {
		Matcher input = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
		if (input.find()) {
			Matcher value = VALUE.matcher(input.group());
			if (value.find()) {
				return value.group(1);
			}
		}
		throw new IllegalStateException("The page has no " + name + " field");
	}

	/**
	 * The public half of a Sign in with Apple key, with the ids that Apple knows it by.
	 *
	 * @param clientId the client, Apple's Services ID, the secret's {@code sub}
	 * @param teamId the team, the secret's {@code iss}
	 * @param keyId the key's id, the secret's {@code kid}
	 * @param publicKey the key that the secret must verify against
	 */
	public record AppleKey(String clientId, String teamId, String keyId, ECPublicKey publicKey) {
	}

	/**
	 * Builds and starts a server.
	 */
	public static final class Builder {

		private final List<TestUser> users = new ArrayList<>();

		private final List<String> clientIds = new ArrayList<>();

		private final List<String> consentClientIds = new ArrayList<>();

		private final List<String> withoutPkceClientIds = new ArrayList<>();

		private final List<String> twitchClientIds = new ArrayList<>();

		private @Nullable AppleKey appleKey;

		private @Nullable String clientSecret;

		private boolean rotatingRefreshTokens;

		private Builder() {
		}

		public Builder user(TestUser user) {
			this.users.add(user);
			return this;
		}

		/**
		 * Registers a confidential client with the authorization code and refresh token grants, which may ask for
		 * {@code openid profile email read:user user:email} and redirect to
		 * {@code http://127.0.0.1/api/auth/callback/<clientId>} on any port.
		 */
		public Builder client(String clientId) {
			this.clientIds.add(clientId);
			return this;
		}

		/**
		 * Registers a client as {@link #client(String)} does, whose users are asked for their consent after login.
		 */
		public Builder clientRequiringConsent(String clientId) {
			this.clientIds.add(clientId);
			this.consentClientIds.add(clientId);
			return this;
		}

		/**
		 * Registers a client as {@link #client(String)} does that signs in without PKCE, as Auth.js's LinkedIn and
		 * Apple do; the server requires PKCE of the other clients.
		 */
		public Builder clientWithoutPkce(String clientId) {
			this.clientIds.add(clientId);
			this.withoutPkceClientIds.add(clientId);
			return this;
		}

		/**
		 * Registers a client as Twitch's, as {@link #client(String)} does, whose ID tokens carry the person's
		 * {@code preferred_username} (the user's name), {@code email} and {@code picture} only where the
		 * authorization request names them in the {@code id_token} member of its {@code claims} parameter (OpenID
		 * Connect Core 5.5), and never a {@code name}; the other clients' ID tokens carry the profile always. Its
		 * token responses give the scopes as a JSON array, as Twitch's do.
		 */
		public Builder twitchClient(String clientId) {
			this.clientIds.add(clientId);
			this.twitchClientIds.add(clientId);
			return this;
		}

		/**
		 * Registers a client as Apple's: without PKCE, as {@link #clientWithoutPkce(String)}, and answering an
		 * authorization request with {@code response_mode=form_post} as the OAuth 2.0 Form Post Response Mode does,
		 * with a page of this server that posts {@code code} and {@code state} to the redirect URI; the first time
		 * for each user also Apple's {@code user} field, {@code {"name":{"firstName":...,"lastName":...}}}.
		 * Spring Authorization Server answers in the query of a redirect only.
		 */
		public Builder formPostClient(String clientId) {
			return clientWithoutPkce(clientId);
		}

		/**
		 * Registers a client as Apple's, as {@link #formPostClient(String)} does, whose client secret is Apple's: a
		 * JWT signed with the key, checked at the token endpoint as Apple checks it.
		 */
		public Builder appleClient(AppleKey key) {
			this.appleKey = key;
			return formPostClient(key.clientId());
		}

		/**
		 * Issues a new refresh token with every refresh, and refuses the one it replaces, as providers that rotate
		 * refresh tokens do. By default a refresh token stays the same.
		 */
		public Builder rotatingRefreshTokens() {
			this.rotatingRefreshTokens = true;
			return this;
		}

		public TestAuthorizationServer start() {
			String secret = (this.clientSecret != null) ? this.clientSecret : "secret-" + UUID.randomUUID();
			TestAuthorizationServerApplication.Settings settings = new TestAuthorizationServerApplication.Settings(
					List.copyOf(this.users), List.copyOf(this.clientIds), List.copyOf(this.consentClientIds),
					List.copyOf(this.withoutPkceClientIds), List.copyOf(this.twitchClientIds), this.appleKey,
					secret, this.rotatingRefreshTokens);
			ConfigurableApplicationContext context = new SpringApplicationBuilder(
					TestAuthorizationServerApplication.class)
				.initializers((applicationContext) -> applicationContext.getBeanFactory()
					.registerSingleton("testAuthorizationServerSettings", settings))
				.properties("server.port=0", "spring.main.banner-mode=off",
						"spring.jmx.enabled=false")
				.run();
			Map<String, TestUser> byName = new LinkedHashMap<>();
			this.users.forEach((user) -> byName.put(user.username(), user));
			return new TestAuthorizationServer(context, secret, byName);
		}

	}

}
