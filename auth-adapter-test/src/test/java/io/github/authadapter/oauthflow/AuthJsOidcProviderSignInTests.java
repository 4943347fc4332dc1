package io.github.authadapter.oauthflow;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.test.oauth.TestAuthorizationServer;
import io.github.authadapter.test.oauth.TestBrowser;
import io.github.authadapter.test.oauth.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Auth.js's OpenID Connect providers, registered by their ids with a client id, secret and the issuer only, against
 * a real OpenID Connect provider that stands in for each (for LinkedIn, Slack and Twitch, whose issuers are built in,
 * the issuer given replaces the built-in one): Auth.js's scopes and names, its checks, and sign-in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthJsOidcProviderSignInTests {

	private static final List<String> IDS = List.of("auth0", "keycloak", "linkedin", "microsoft-entra-id", "okta",
			"slack", "twitch");

	private TestAuthorizationServer server;

	private ConfigurableApplicationContext app;

	private String appUrl;

	@BeforeAll
	void start() {
		TestAuthorizationServer.Builder builder = TestAuthorizationServer.builder()
			.user(new TestUser("kim", "kim-pw", 3001, "Kim", "kim@example.com", "https://example.com/kim.png"))
			.user(new TestUser("lin", "lin-pw", 3002, "Lin Doe", "Lin@Example.com", "https://example.com/lin.jpg"))
			// One user a provider, as the same email address at a second provider is OAuthAccountNotLinked.
			.user(new TestUser("sam", "sam-pw", 3003, "Sam", "Sam@Example.com", "https://example.com/sam.png"))
			.user(new TestUser("tess", "tess-pw", 3004, "Tess", "tess@example.com", "https://example.com/tess.png"));
		// LinkedIn and Slack sign in without PKCE, which the server requires of the others.
		IDS.forEach((id) -> {
			if (id.equals("linkedin") || id.equals("slack")) {
				builder.clientWithoutPkce(id);
			}
			else if (id.equals("twitch")) {
				builder.twitchClient(id);
			}
			else {
				builder.client(id);
			}
		});
		this.server = builder.start();
		List<String> properties = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--spring.jmx.enabled=false",
				"--spring.datasource.url=jdbc:h2:mem:authjs-oidc-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"--auth.adapter.secret=authjs-oidc-providers-secret-of-32-bytes",
				"--auth.adapter.trusted-hosts=127.0.0.1,localhost", "--auth.adapter.email.enabled=false"));
		for (String id : IDS) {
			properties.add("--spring.security.oauth2.client.registration." + id + ".client-id=" + id);
			properties.add("--spring.security.oauth2.client.registration." + id + ".client-secret="
					+ this.server.clientSecret(id));
			properties.add("--spring.security.oauth2.client.provider." + id + ".issuer-uri=" + this.server.issuerUri());
		}
		this.app = new SpringApplicationBuilder(OAuthFlowApplication.class).run(properties.toArray(String[]::new));
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
	void theRegistrationsHaveAuthJsScopesAndNames() {
		ClientRegistrationRepository registrations = this.app.getBean(ClientRegistrationRepository.class);
		assertThat(registrations.findByRegistrationId("keycloak").getClientName()).isEqualTo("Keycloak");
		assertThat(registrations.findByRegistrationId("keycloak").getScopes())
			.containsExactlyInAnyOrder("openid", "profile", "email");
		assertThat(registrations.findByRegistrationId("auth0").getClientName()).isEqualTo("Auth0");
		assertThat(registrations.findByRegistrationId("okta").getClientName()).isEqualTo("Okta");
		assertThat(registrations.findByRegistrationId("slack").getClientName()).isEqualTo("Slack");
		ClientRegistration entra = registrations.findByRegistrationId("microsoft-entra-id");
		assertThat(entra.getClientName()).isEqualTo("Microsoft Entra ID");
		assertThat(entra.getScopes()).containsExactlyInAnyOrder("openid", "profile", "email", "User.Read");
		ClientRegistration twitch = registrations.findByRegistrationId("twitch");
		assertThat(twitch.getScopes()).containsExactlyInAnyOrder("openid", "user:read:email");
		assertThat(twitch.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_POST);
		assertThat(twitch.getProviderDetails().getTokenUri()).isEqualTo(this.server.tokenUri());
		ClientRegistration linkedIn = registrations.findByRegistrationId("linkedin");
		assertThat(linkedIn.getClientName()).isEqualTo("LinkedIn");
		assertThat(linkedIn.getScopes()).containsExactlyInAnyOrder("openid", "profile", "email");
		assertThat(linkedIn.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_POST);
	}

	/**
	 * Auth.js's LinkedIn has {@code checks: ["state"]}: the authorization request carries no PKCE challenge and no
	 * nonce, and the token request no code verifier.
	 */
	@Test
	void linkedInSignsInWithStateOnly() {
		TestBrowser browser = new TestBrowser();
		int verifiers = this.server.codeVerifiers().size();

		TestBrowser.Response end = this.server.signIn(browser, this.appUrl, "linkedin", "lin", "/api/auth/session");

		assertThat(end.status()).as(browser.history()).isEqualTo(200);
		assertThat(authorizationQuery(browser)).contains("state=")
			.contains("client_id=linkedin")
			.doesNotContain("code_challenge")
			.doesNotContain("nonce");
		assertThat(this.server.codeVerifiers()).hasSize(verifiers);
		assertSignedIn("linkedin", "lin", "Lin Doe", "lin@example.com", "https://example.com/lin.jpg");
	}

	/**
	 * Auth.js's Slack has {@code checks: ["nonce"]}: a nonce, which the ID token must carry back, and no PKCE; the
	 * user is Auth.js's default profile of the ID token.
	 */
	@Test
	void slackSignsInWithANonceAndNoPkce() {
		TestBrowser browser = new TestBrowser();
		int verifiers = this.server.codeVerifiers().size();

		TestBrowser.Response end = this.server.signIn(browser, this.appUrl, "slack", "sam", "/api/auth/session");

		assertThat(end.status()).as(browser.history()).isEqualTo(200);
		assertThat(authorizationQuery(browser)).contains("client_id=slack")
			.contains("nonce=")
			.doesNotContain("code_challenge");
		assertThat(this.server.codeVerifiers()).hasSize(verifiers);
		assertSignedIn("slack", "sam", "Sam", "sam@example.com", "https://example.com/sam.png");
	}

	/**
	 * Auth.js's Twitch keeps its default checks, PKCE, with {@code client_secret_post}; Spring Security's nonce too.
	 * As Twitch's, the server's ID tokens carry the profile only where the {@code claims} parameter asks for it, and
	 * no {@code name}: the user's name is the {@code preferred_username}, as in Auth.js's default profile; its token
	 * response's scopes are a JSON array, as Twitch's.
	 */
	@Test
	void twitchSignsInWithPkceAskingForTheProfileClaims() {
		TestBrowser browser = new TestBrowser();

		TestBrowser.Response end = this.server.signIn(browser, this.appUrl, "twitch", "tess", "/api/auth/session");

		assertThat(end.status()).as(browser.history()).isEqualTo(200);
		assertThat(authorizationQuery(browser)).contains("client_id=twitch")
			.contains("code_challenge=")
			.contains("nonce=")
			.contains("claims={\"id_token\":{\"email\":null,\"picture\":null,\"preferred_username\":null}}");
		assertSignedIn("twitch", "tess", "Tess", "tess@example.com", "https://example.com/tess.png");
		// Twitch's scope array, joined as Auth.js's Twitch provider joins it.
		assertThat(this.app.getBean(Adapter.class).getAccount("twitch", "tess").orElseThrow().scope())
			.isIn("openid user:read:email", "user:read:email openid");
	}

	@Test
	void keycloakSendsPkceAndANonce() {
		TestBrowser browser = new TestBrowser();

		this.server.signIn(browser, this.appUrl, "keycloak", "kim", "/api/auth/session");

		assertThat(authorizationQuery(browser)).contains("code_challenge=").contains("nonce=");
	}

	@Test
	void keycloakSignsInWithTheStandardClaims() {
		TestBrowser browser = new TestBrowser();

		TestBrowser.Response end = this.server.signIn(browser, this.appUrl, "keycloak", "kim", "/api/auth/session");

		assertThat(end.status()).as(browser.history()).isEqualTo(200);
		assertSignedIn("keycloak", "kim", "Kim", "kim@example.com", "https://example.com/kim.png");
	}

	private String authorizationQuery(TestBrowser browser) {
		return browser.visited()
			.stream()
			.filter((uri) -> uri.toString().startsWith(this.server.authorizationUri()))
			.findFirst()
			.orElseThrow()
			.getQuery();
	}

	private void assertSignedIn(String provider, String accountId, String name, String email, String image) {
		Adapter adapter = this.app.getBean(Adapter.class);
		AdapterUser user = adapter.getUserByAccount(provider, accountId).orElseThrow();
		assertThat(user.name()).isEqualTo(name);
		assertThat(user.email()).isEqualTo(email);
		assertThat(user.image()).isEqualTo(image);
		AdapterAccount account = adapter.getAccount(provider, accountId).orElseThrow();
		assertThat(account.type()).isEqualTo("oidc");
		assertThat(account.id_token()).isNotBlank();
	}

	@Test
	void anIssuerIsRequiredAndSaysSo() {
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(OAuthFlowApplication.class).run("--server.port=0",
					"--spring.main.banner-mode=off", "--spring.jmx.enabled=false",
					"--spring.datasource.url=jdbc:h2:mem:authjs-oidc-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"--auth.adapter.secret=authjs-oidc-providers-secret-of-32-bytes",
					"--auth.adapter.trusted-hosts=127.0.0.1", "--auth.adapter.email.enabled=false",
					"--spring.security.oauth2.client.registration.keycloak.client-id=id"))
			.havingRootCause()
			.withMessageContaining("spring.security.oauth2.client.provider.keycloak.issuer-uri");
	}

}
