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
		assertThat(linkedIn.getClientName()).isEqualTo("LinkedIn");
		assertThat(linkedIn.getProviderDetails().getIssuerUri()).isEqualTo("https://www.linkedin.com/oauth");
		assertThat(linkedIn.getProviderDetails().getAuthorizationUri())
			.isEqualTo("https://www.linkedin.com/oauth/v2/authorization");
		assertThat(linkedIn.getProviderDetails().getTokenUri())
			.isEqualTo("https://www.linkedin.com/oauth/v2/accessToken");
		assertThat(linkedIn.getProviderDetails().getJwkSetUri())
			.isEqualTo("https://www.linkedin.com/oauth/openid/jwks");
		assertThat(linkedIn.getProviderDetails().getUserInfoEndpoint().getUri()).isNull();
		assertThat(linkedIn.getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName()).isEqualTo("sub");
		assertThat(linkedIn.getScopes()).containsExactlyInAnyOrder("openid", "profile", "email");
		assertThat(linkedIn.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_POST);
		assertThat(linkedIn.getRedirectUri()).isEqualTo("{baseUrl}/api/auth/callback/{registrationId}");
		// Auth.js's checks: ["state"].
		assertThat(linkedIn.getClientSettings().isRequireProofKey()).isFalse();
		assertThat(AuthJsProviders.usesNonce(linkedIn)).isFalse();
		// The claims of a LinkedIn ID token, in the shape of LinkedIn's documentation.
		Map<String, Object> claims = Map.of("iss", "https://www.linkedin.com/oauth", "sub", "782bbtaQ", "name",
				"John Doe", "given_name", "John", "family_name", "Doe", "picture",
				"https://media.licdn.example/image.jpg", "email", "Doe@Email.example", "email_verified", true,
				"locale", "en-US");
		assertThat(ProviderProfile.from(new DefaultOAuth2User(List.of(new SimpleGrantedAuthority("OIDC_USER")),
				claims, "sub")))
			.isEqualTo(new ProviderProfile("782bbtaQ", "John Doe", "doe@email.example",
					"https://media.licdn.example/image.jpg"));
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

	private static ProviderProfile profile(ClientRegistration registration, Map<String, Object> userInfo) {
		return AuthJsProviders.profile(registration,
				new DefaultOAuth2User(List.of(new SimpleGrantedAuthority("OAUTH2_USER")), userInfo, "id"));
	}

}
