package io.github.authadapter.autoconfigure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.authadapter.oauth.AuthJsProviders;
import io.github.authadapter.oauth.ProviderProfile;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogued Auth.js providers, each registered with only a client id and secret: the endpoints, scopes and
 * names of Auth.js's provider files ({@code packages/core/src/providers/*.ts} in nextauthjs/next-auth), and the user
 * that Auth.js's {@code profile()} makes of a user-info answer in the provider's documented shape.
 */
class AuthJsProviderRegistrationsTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AuthAdapterOAuthClientAutoConfiguration.class));

	@Test
	void discord() {
		ClientRegistration discord = registration("discord");
		assertEndpoints(discord, "Discord", "https://discord.com/api/oauth2/authorize",
				"https://discord.com/api/oauth2/token", "https://discord.com/api/users/@me", "identify", "email");
		assertThat(profile(discord, Map.of("id", "80351110224678912", "username", "nelly", "discriminator", "0",
				"global_name", "Nelly", "avatar", "8342729096ea3675442027381ff50dfe", "email", "Nelly@Discord.com")))
			.isEqualTo(new ProviderProfile("80351110224678912", "Nelly", "nelly@discord.com",
					"https://cdn.discordapp.com/avatars/80351110224678912/8342729096ea3675442027381ff50dfe.png"));
		// Without an avatar, Discord's default one: (id >> 22) % 6 for the new usernames.
		Map<String, Object> withoutAvatar = new HashMap<>(
				Map.of("id", "80351110224678912", "username", "nelly", "discriminator", "0"));
		withoutAvatar.put("avatar", null);
		withoutAvatar.put("global_name", null);
		assertThat(profile(discord, withoutAvatar)).isEqualTo(new ProviderProfile("80351110224678912", "nelly", null,
				"https://cdn.discordapp.com/embed/avatars/" + ((80351110224678912L >> 22) % 6) + ".png"));
	}

	@Test
	void facebookWithAuthJsEndpointsRatherThanSpringSecuritys() {
		ClientRegistration facebook = registration("facebook");
		assertEndpoints(facebook, "Facebook", "https://www.facebook.com/v15.0/dialog/oauth",
				"https://graph.facebook.com/oauth/access_token",
				"https://graph.facebook.com/me?fields=id,name,email,picture", "email");
		assertThat(profile(facebook, Map.of("id", "10158", "name", "Mark", "email", "mark@example.com", "picture",
				Map.of("data", Map.of("url", "https://platform-lookaside.fbsbx.com/p.jpg", "height", 50)))))
			.isEqualTo(new ProviderProfile("10158", "Mark", "mark@example.com",
					"https://platform-lookaside.fbsbx.com/p.jpg"));
	}

	@Test
	void gitLab() {
		ClientRegistration gitLab = registration("gitlab");
		assertEndpoints(gitLab, "GitLab", "https://gitlab.com/oauth/authorize", "https://gitlab.com/oauth/token",
				"https://gitlab.com/api/v4/user", "read_user");
		Map<String, Object> unnamed = new HashMap<>(Map.of("id", 1, "username", "john_smith", "email",
				"john@example.com", "avatar_url", "https://gitlab.com/uploads/user/avatar/1/index.jpg"));
		unnamed.put("name", null);
		assertThat(profile(gitLab, unnamed)).isEqualTo(new ProviderProfile("1", "john_smith", "john@example.com",
				"https://gitlab.com/uploads/user/avatar/1/index.jpg"));
	}

	@Test
	void spotify() {
		ClientRegistration spotify = registration("spotify");
		assertEndpoints(spotify, "Spotify", "https://accounts.spotify.com/authorize",
				"https://accounts.spotify.com/api/token", "https://api.spotify.com/v1/me", "user-read-email");
		assertThat(profile(spotify, Map.of("id", "wizzler", "display_name", "JM Wizzler", "email",
				"email@example.com", "images", List.of(Map.of("url", "https://i.scdn.co/image/ab67", "height", 300)))))
			.isEqualTo(new ProviderProfile("wizzler", "JM Wizzler", "email@example.com",
					"https://i.scdn.co/image/ab67"));
	}

	@Test
	void twitterWithTheProfileNestedInData() {
		ClientRegistration twitter = registration("twitter");
		assertThat(twitter.getClientName()).isEqualTo("Twitter");
		assertThat(twitter.getProviderDetails().getAuthorizationUri()).isEqualTo("https://x.com/i/oauth2/authorize");
		assertThat(twitter.getProviderDetails().getTokenUri()).isEqualTo("https://api.x.com/2/oauth2/token");
		assertThat(twitter.getProviderDetails().getUserInfoEndpoint().getUri())
			.isEqualTo("https://api.x.com/2/users/me?user.fields=profile_image_url");
		assertThat(twitter.getScopes()).containsExactlyInAnyOrder("users.read", "tweet.read", "offline.access");
		Map<String, Object> data = Map.of("id", "2244994945", "name", "X Dev", "username", "XDevelopers",
				"profile_image_url", "https://pbs.twimg.example/profile.jpg");
		DefaultOAuth2User loaded = new DefaultOAuth2User(List.of(new SimpleGrantedAuthority("OAUTH2_USER")),
				Map.of("data", data), "data");
		assertThat(AuthJsProviders.profile(twitter, AuthJsProviders.unnested(twitter, loaded))).isEqualTo(
				new ProviderProfile("2244994945", "X Dev", null, "https://pbs.twimg.example/profile.jpg"));
	}

	@Test
	void zoom() {
		ClientRegistration zoom = registration("zoom");
		assertEndpoints(zoom, "Zoom", "https://zoom.us/oauth/authorize", "https://zoom.us/oauth/token",
				"https://api.zoom.us/v2/users/me");
		assertThat(profile(zoom, Map.of("id", "KDcuGIm1QgePTO8WbOqwIQ", "first_name", "Jill", "last_name", "Chill",
				"email", "jchill@example.com", "pic_url", "https://example.com/picture.jpg")))
			.isEqualTo(new ProviderProfile("KDcuGIm1QgePTO8WbOqwIQ", "Jill Chill", "jchill@example.com",
					"https://example.com/picture.jpg"));
	}

	/**
	 * Auth.js's LinkedIn is OpenID Connect at the issuer {@code https://www.linkedin.com/oauth}, with
	 * {@code client_secret_post}, Auth.js's default OpenID Connect scopes and its default profile from the ID token;
	 * its endpoints are those of that issuer's discovery document, so that the application starts without asking
	 * LinkedIn for it.
	 */
	@Test
	void linkedInFromItsIssuerWithoutAskingIt() {
		ClientRegistration linkedIn = registration("linkedin");
		assertBuiltInIssuer(linkedIn, "LinkedIn", "https://www.linkedin.com/oauth",
				"https://www.linkedin.com/oauth/v2/authorization", "https://www.linkedin.com/oauth/v2/accessToken",
				"https://www.linkedin.com/oauth/openid/jwks", "openid", "profile", "email");
		// Auth.js's checks: ["state"].
		assertClient(linkedIn, ClientAuthenticationMethod.CLIENT_SECRET_POST, false, false);
		// The claims of a LinkedIn ID token, in the shape of LinkedIn's documentation.
		Map<String, Object> claims = Map.of("iss", "https://www.linkedin.com/oauth", "sub", "782bbtaQ", "name",
				"John Doe", "given_name", "John", "family_name", "Doe", "picture",
				"https://media.licdn.example/image.jpg", "email", "Doe@Email.example", "email_verified", true,
				"locale", "en-US");
		assertThat(oidcProfile(linkedIn, claims)).isEqualTo(new ProviderProfile("782bbtaQ", "John Doe",
				"doe@email.example", "https://media.licdn.example/image.jpg"));
	}

	/**
	 * Auth.js's Slack is OpenID Connect at the issuer {@code https://slack.com} with {@code checks: ["nonce"]}:
	 * Auth.js's default OpenID Connect scopes, the client authentication of its default (Basic), a nonce and no
	 * PKCE; the endpoints are those of Slack's discovery document, so that the application starts without asking
	 * Slack for it, and the profile is Auth.js's default one, from the ID token.
	 */
	@Test
	void slackFromItsIssuerWithoutAskingIt() {
		ClientRegistration slack = registration("slack");
		assertBuiltInIssuer(slack, "Slack", "https://slack.com", "https://slack.com/openid/connect/authorize",
				"https://slack.com/api/openid.connect.token", "https://slack.com/openid/connect/keys", "openid",
				"profile", "email");
		assertClient(slack, ClientAuthenticationMethod.CLIENT_SECRET_BASIC, false, true);
		assertThat(AuthJsProviders.authorizationParameters(slack)).isEmpty();
		// The claims of a Slack ID token, in the shape of Slack's documentation of openid.connect.token.
		Map<String, Object> claims = Map.of("iss", "https://slack.com", "sub", "U123ABC456",
				"https://slack.com/team_id", "T0123ABC456", "email", "Alice@Example.com", "email_verified", true,
				"name", "Alice", "given_name", "", "picture", "https://secure.gravatar.example/avatar/alice.png",
				"https://slack.com/user_image_512", "https://secure.gravatar.example/avatar/alice-512.png");
		assertThat(oidcProfile(slack, claims)).isEqualTo(new ProviderProfile("U123ABC456", "Alice",
				"alice@example.com", "https://secure.gravatar.example/avatar/alice.png"));
	}

	/**
	 * Auth.js's Twitch is OpenID Connect at the issuer {@code https://id.twitch.tv/oauth2}, with
	 * {@code client_secret_post}, the scopes {@code openid user:read:email} and Auth.js's default checks (PKCE); the
	 * endpoints are those of Twitch's discovery document, and the {@code claims} parameter asks for the profile in
	 * the ID token. Twitch's ID token has no {@code name}: Auth.js's default profile takes {@code preferred_username}.
	 */
	@Test
	void twitchFromItsIssuerWithoutAskingIt() {
		ClientRegistration twitch = registration("twitch");
		assertBuiltInIssuer(twitch, "Twitch", "https://id.twitch.tv/oauth2", "https://id.twitch.tv/oauth2/authorize",
				"https://id.twitch.tv/oauth2/token", "https://id.twitch.tv/oauth2/keys", "openid", "user:read:email");
		assertClient(twitch, ClientAuthenticationMethod.CLIENT_SECRET_POST, true, true);
		// Auth.js's authorization.params.claims, as JSON.stringify writes it: without it Twitch's ID token has
		// neither the login name nor the email address nor the picture.
		assertThat(AuthJsProviders.authorizationParameters(twitch)).containsExactly(Map.entry("claims",
				"{\"id_token\":{\"email\":null,\"picture\":null,\"preferred_username\":null}}"));
		Map<String, Object> claims = Map.of("iss", "https://id.twitch.tv/oauth2", "sub", "713936733", "azp",
				"twitch-client", "preferred_username", "TwitchDev", "email", "Dev@Twitch.example", "picture",
				"https://static-cdn.jtvnw.example/user-default-pictures/profile_image-300x300.png");
		assertThat(oidcProfile(twitch, claims)).isEqualTo(new ProviderProfile("713936733", "TwitchDev",
				"dev@twitch.example", "https://static-cdn.jtvnw.example/user-default-pictures/profile_image-300x300.png"));
	}

	/**
	 * An issuer that the application gives is used in place of the catalogue's, whose endpoints are then not built
	 * in: Spring Security reads them from the issuer's discovery document (here none, so startup fails asking it).
	 */
	@Test
	void anIssuerOfTheApplicationWinsOverTheBuiltInOne() {
		this.contextRunner
			.withPropertyValues("spring.security.oauth2.client.registration.slack.client-id=id",
					"spring.security.oauth2.client.provider.slack.issuer-uri=http://127.0.0.1:9/slack")
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("http://127.0.0.1:9/slack"));
	}

	/**
	 * Auth.js's Apple: OpenID Connect at {@code https://appleid.apple.com}, {@code client_secret_post}, the scopes
	 * {@code name email} in {@code response_mode=form_post} (and {@code openid}, for Spring Security to validate the
	 * ID token as Auth.js does), checks {@code ["nonce", "state"]}; the profile's name from the {@code user} field that
	 * Apple posts the first time, else the email address, and no image.
	 */
	@Test
	void apple() {
		ClientRegistration[] found = new ClientRegistration[1];
		this.contextRunner
			.withPropertyValues("spring.security.oauth2.client.registration.apple.client-id=com.example.web",
					"spring.security.oauth2.client.registration.apple.client-secret=eyJ.fixed")
			.run((context) -> found[0] = context.getBean(ClientRegistrationRepository.class)
				.findByRegistrationId("apple"));
		ClientRegistration apple = found[0];
		assertThat(apple.getClientName()).isEqualTo("Apple");
		assertThat(apple.getProviderDetails().getIssuerUri()).isEqualTo("https://appleid.apple.com");
		assertThat(apple.getProviderDetails().getAuthorizationUri()).isEqualTo("https://appleid.apple.com/auth/authorize");
		assertThat(apple.getProviderDetails().getTokenUri()).isEqualTo("https://appleid.apple.com/auth/token");
		assertThat(apple.getProviderDetails().getJwkSetUri()).isEqualTo("https://appleid.apple.com/auth/keys");
		assertThat(apple.getProviderDetails().getUserInfoEndpoint().getUri()).isNull();
		assertThat(apple.getScopes()).containsExactlyInAnyOrder("openid", "name", "email");
		assertThat(apple.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_POST);
		assertThat(apple.getClientSettings().isRequireProofKey()).isFalse();
		assertThat(AuthJsProviders.usesNonce(apple)).isTrue();
		assertThat(AuthJsProviders.responseMode(apple)).isEqualTo("form_post");
		assertThat(AuthJsProviders.isApple(apple)).isTrue();
		Map<String, Object> claims = Map.of("iss", "https://appleid.apple.com", "sub", "001234.abcdef.1234", "email",
				"Ada@Privaterelay.appleid.example", "email_verified", "true", "is_private_email", "true");
		DefaultOAuth2User user = new DefaultOAuth2User(List.of(new SimpleGrantedAuthority("OIDC_USER")), claims, "sub");
		assertThat(AuthJsProviders.profile(apple, user,
				(name) -> name.equals("user") ? "{\"name\":{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"},"
						+ "\"email\":\"ada@privaterelay.appleid.example\"}" : null))
			.isEqualTo(new ProviderProfile("001234.abcdef.1234", "Ada Lovelace", "ada@privaterelay.appleid.example",
					null));
		// Later sign-ins, where Apple posts no user field, or a field that is not JSON: the email address.
		assertThat(AuthJsProviders.profile(apple, user, (name) -> null)).isEqualTo(new ProviderProfile(
				"001234.abcdef.1234", "Ada@Privaterelay.appleid.example", "ada@privaterelay.appleid.example", null));
		assertThat(AuthJsProviders.profile(apple, user, (name) -> "{not json").name())
			.isEqualTo("Ada@Privaterelay.appleid.example");
		assertThat(AuthJsProviders.profile(apple, user, (name) -> "{\"name\":{\"firstName\":\"Ada\"}}").name())
			.isEqualTo("Ada");
	}

	@Test
	void theOtherOidcProvidersKeepPkceAndTheNonce() {
		this.contextRunner
			.withPropertyValues("spring.security.oauth2.client.registration.keycloak.client-id=id",
					"spring.security.oauth2.client.provider.keycloak.authorization-uri=https://kc.example/auth",
					"spring.security.oauth2.client.provider.keycloak.token-uri=https://kc.example/token",
					"spring.security.oauth2.client.provider.keycloak.jwk-set-uri=https://kc.example/jwks")
			.run((context) -> {
				ClientRegistration keycloak = context.getBean(ClientRegistrationRepository.class)
					.findByRegistrationId("keycloak");
				assertThat(keycloak.getClientSettings().isRequireProofKey()).isTrue();
				assertThat(AuthJsProviders.usesNonce(keycloak)).isTrue();
			});
	}

	@Test
	void everyCataloguedProviderIsTestedHere() {
		assertThat(AuthJsProviders.all()).extracting(AuthJsProviders.Provider::id)
			.containsExactly("discord", "facebook", "gitlab", "spotify", "twitter", "zoom");
	}

	@Test
	void propertiesOfTheApplicationWinOverTheCatalogue() {
		this.contextRunner
			.withPropertyValues("spring.security.oauth2.client.registration.gitlab.client-id=id",
					"spring.security.oauth2.client.registration.gitlab.scope=read_user,read_api",
					"spring.security.oauth2.client.registration.gitlab.client-name=Company GitLab",
					"spring.security.oauth2.client.provider.gitlab.authorization-uri=https://gitlab.example.com/oauth/authorize")
			.run((context) -> {
				ClientRegistration gitLab = context.getBean(ClientRegistrationRepository.class)
					.findByRegistrationId("gitlab");
				assertThat(gitLab.getScopes()).containsExactly("read_user", "read_api");
				assertThat(gitLab.getClientName()).isEqualTo("Company GitLab");
				assertThat(gitLab.getProviderDetails().getAuthorizationUri())
					.isEqualTo("https://gitlab.example.com/oauth/authorize");
				assertThat(gitLab.getProviderDetails().getTokenUri()).isEqualTo("https://gitlab.com/oauth/token");
			});
	}

	@Test
	void aRegistrationOfAnotherIdNamesTheCataloguedProvider() {
		this.contextRunner
			.withPropertyValues("spring.security.oauth2.client.registration.chat.client-id=id",
					"spring.security.oauth2.client.registration.chat.provider=discord")
			.run((context) -> assertThat(context.getBean(ClientRegistrationRepository.class)
				.findByRegistrationId("chat")
				.getProviderDetails()
				.getTokenUri()).isEqualTo("https://discord.com/api/oauth2/token"));
	}

	private ClientRegistration registration(String id) {
		ClientRegistration[] found = new ClientRegistration[1];
		this.contextRunner
			.withPropertyValues("spring.security.oauth2.client.registration." + id + ".client-id=" + id + "-client",
					"spring.security.oauth2.client.registration." + id + ".client-secret=" + id + "-secret")
			.run((context) -> found[0] = context.getBean(ClientRegistrationRepository.class)
				.findByRegistrationId(id));
		return found[0];
	}

	private static void assertEndpoints(ClientRegistration registration, String name, String authorizationUri,
			String tokenUri, String userInfoUri, String... scopes) {
		assertThat(registration.getClientName()).isEqualTo(name);
		assertThat(registration.getProviderDetails().getAuthorizationUri()).isEqualTo(authorizationUri);
		assertThat(registration.getProviderDetails().getTokenUri()).isEqualTo(tokenUri);
		assertThat(registration.getProviderDetails().getUserInfoEndpoint().getUri()).isEqualTo(userInfoUri);
		assertThat(registration.getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName()).isEqualTo("id");
		// Spring Security keeps no scopes as null; Auth.js's Zoom asks for none.
		if (scopes.length == 0) {
			assertThat(registration.getScopes()).isNullOrEmpty();
		}
		else {
			assertThat(registration.getScopes()).containsExactlyInAnyOrder(scopes);
		}
		assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/api/auth/callback/{registrationId}");
	}

	/**
	 * A provider with one issuer, whose endpoints are built in: the ID token's {@code iss} is checked against the
	 * issuer, and the profile comes from the ID token's claims (no user-info endpoint), whose {@code sub} is the id.
	 */
	private static void assertBuiltInIssuer(ClientRegistration registration, String name, String issuer,
			String authorizationUri, String tokenUri, String jwkSetUri, String... scopes) {
		assertThat(registration.getClientName()).isEqualTo(name);
		assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo(issuer);
		assertThat(registration.getProviderDetails().getAuthorizationUri()).isEqualTo(authorizationUri);
		assertThat(registration.getProviderDetails().getTokenUri()).isEqualTo(tokenUri);
		assertThat(registration.getProviderDetails().getJwkSetUri()).isEqualTo(jwkSetUri);
		assertThat(registration.getProviderDetails().getUserInfoEndpoint().getUri()).isNull();
		assertThat(registration.getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName())
			.isEqualTo("sub");
		assertThat(registration.getScopes()).containsExactlyInAnyOrder(scopes);
		assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/api/auth/callback/{registrationId}");
	}

	/**
	 * How the client authenticates at the token endpoint, and whether sign-in sends PKCE and a nonce (Auth.js's
	 * {@code checks}).
	 */
	private static void assertClient(ClientRegistration registration, ClientAuthenticationMethod method, boolean pkce,
			boolean nonce) {
		assertThat(registration.getClientAuthenticationMethod()).isEqualTo(method);
		assertThat(registration.getClientSettings().isRequireProofKey()).isEqualTo(pkce);
		assertThat(AuthJsProviders.usesNonce(registration)).isEqualTo(nonce);
	}

	private static ProviderProfile oidcProfile(ClientRegistration registration, Map<String, Object> claims) {
		return AuthJsProviders.profile(registration,
				new DefaultOAuth2User(List.of(new SimpleGrantedAuthority("OIDC_USER")), claims, "sub"));
	}

	private static ProviderProfile profile(ClientRegistration registration, Map<String, Object> userInfo) {
		return AuthJsProviders.profile(registration,
				new DefaultOAuth2User(List.of(new SimpleGrantedAuthority("OAUTH2_USER")), userInfo, "id"));
	}

}
