package io.github.authadapter.oauth;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * Auth.js's built-in OAuth 2 providers that Spring Security does not know (or knows with other endpoints), by
 * Auth.js's provider id: their endpoints, scopes, user-name attribute and the way Auth.js's {@code profile()} turns
 * their user-info answer into a user. A registration whose provider has such an id needs only a client id and
 * secret.
 */
public final class AuthJsProviders {

	/**
	 * The key in a registration's provider configuration metadata that names the catalogued provider it was built
	 * from, for the profile mapping at sign-in.
	 */
	static final String METADATA_KEY = AuthJsProviders.class.getName();

	/**
	 * Apple's issuer, the audience of its client secrets.
	 */
	public static final String APPLE_ISSUER = "https://appleid.apple.com";

	/**
	 * The {@code response_mode} in which the provider posts its answer to the callback as a form.
	 */
	public static final String FORM_POST = "form_post";

	private static final Map<String, Provider> CATALOGUE = new LinkedHashMap<>();

	private static final Map<String, OidcProvider> OIDC_CATALOGUE = new LinkedHashMap<>();

	static {
		add(new Provider("discord", "Discord", "https://discord.com/api/oauth2/authorize",
				"https://discord.com/api/oauth2/token", "https://discord.com/api/users/@me", "id",
				List.of("identify", "email"), AuthJsProviders::discord));
		add(new Provider("facebook", "Facebook", "https://www.facebook.com/v15.0/dialog/oauth",
				"https://graph.facebook.com/oauth/access_token",
				"https://graph.facebook.com/me?fields=id,name,email,picture", "id", List.of("email"),
				(attributes) -> new ProviderProfile(text(attributes, "id"), text(attributes, "name"),
						text(attributes, "email"), text(nested(nested(attributes, "picture"), "data"), "url"))));
		add(new Provider("gitlab", "GitLab", "https://gitlab.com/oauth/authorize", "https://gitlab.com/oauth/token",
				"https://gitlab.com/api/v4/user", "id", List.of("read_user"),
				(attributes) -> new ProviderProfile(text(attributes, "id"), firstText(attributes, "name", "username"),
						text(attributes, "email"), text(attributes, "avatar_url"))));
		add(new Provider("spotify", "Spotify", "https://accounts.spotify.com/authorize",
				"https://accounts.spotify.com/api/token", "https://api.spotify.com/v1/me", "id",
				List.of("user-read-email"),
				(attributes) -> new ProviderProfile(text(attributes, "id"), text(attributes, "display_name"),
						text(attributes, "email"), text(firstOf(attributes.get("images")), "url"))));
		add(new Provider("twitter", "Twitter", "https://x.com/i/oauth2/authorize", "https://api.x.com/2/oauth2/token",
				"https://api.x.com/2/users/me?user.fields=profile_image_url", "data",
				List.of("users.read", "tweet.read", "offline.access"),
				(attributes) -> new ProviderProfile(text(attributes, "id"), text(attributes, "name"),
						text(attributes, "email"), text(attributes, "profile_image_url")),
				"data"));
		add(new Provider("zoom", "Zoom", "https://zoom.us/oauth/authorize", "https://zoom.us/oauth/token",
				"https://api.zoom.us/v2/users/me", "id", List.of(),
				(attributes) -> new ProviderProfile(text(attributes, "id"), fullName(attributes),
						text(attributes, "email"), text(attributes, "pic_url"))));
	}

	static {
		List<String> openId = List.of("openid", "profile", "email");
		addOidc(new OidcProvider("auth0", "Auth0", openId, null));
		addOidc(new OidcProvider("keycloak", "Keycloak", openId, null));
		addOidc(new OidcProvider("microsoft-entra-id", "Microsoft Entra ID",
				List.of("openid", "profile", "email", "User.Read"), null));
		addOidc(new OidcProvider("okta", "Okta", openId, null));
		// Auth.js's issuer https://slack.com and checks: ["nonce"], so a nonce and no PKCE. The endpoints are those of
		// Slack's discovery document; Auth.js reads the profile from the ID token, as the catalogue's endpoints
		// (without Slack's user-info endpoint) make Spring Security do.
		addOidc(new OidcProvider("slack", "Slack", openId, null,
				new Issuer("https://slack.com", "https://slack.com/openid/connect/authorize",
						"https://slack.com/api/openid.connect.token", "https://slack.com/openid/connect/keys"),
				false, true));
		// Auth.js's issuer https://id.twitch.tv/oauth2, with its default checks (PKCE); the nonce that Spring Security
		// adds is one that Twitch documents and returns in the ID token. The endpoints are its discovery document's.
		// Twitch's ID token carries the person's login name, email address and picture only when the claims
		// parameter asks for them, which Auth.js's Twitch does.
		addOidc(new OidcProvider("twitch", "Twitch", List.of("openid", "user:read:email"), "client_secret_post",
				new Issuer("https://id.twitch.tv/oauth2", "https://id.twitch.tv/oauth2/authorize",
						"https://id.twitch.tv/oauth2/token", "https://id.twitch.tv/oauth2/keys"),
				true, true, null, Map.of("claims",
						"{\"id_token\":{\"email\":null,\"picture\":null,\"preferred_username\":null}}")));
		// Auth.js's checks: ["state"], so neither PKCE nor a nonce; the profile comes from the ID token's claims.
		// The endpoints are those of the discovery document at the issuer that Auth.js names.
		addOidc(new OidcProvider("linkedin", "LinkedIn", openId, "client_secret_post",
				new Issuer("https://www.linkedin.com/oauth", "https://www.linkedin.com/oauth/v2/authorization",
						"https://www.linkedin.com/oauth/v2/accessToken", "https://www.linkedin.com/oauth/openid/jwks"),
				false, false));
		// Auth.js's checks: ["nonce", "state"], its scopes "name email" and response_mode=form_post. Spring Security
		// validates an ID token only with the openid scope, which Apple's discovery document lists as supported.
		addOidc(new OidcProvider("apple", "Apple", List.of("openid", "name", "email"), "client_secret_post",
				new Issuer(APPLE_ISSUER, "https://appleid.apple.com/auth/authorize",
						"https://appleid.apple.com/auth/token", "https://appleid.apple.com/auth/keys"),
				false, true, FORM_POST));
	}

	private AuthJsProviders() {
	}

	/**
	 * The catalogued OpenID Connect provider with Auth.js's id, if there is one.
	 */
	public static Optional<OidcProvider> findOidc(String id) {
		return Optional.ofNullable(OIDC_CATALOGUE.get(id));
	}

	/**
	 * The catalogued OpenID Connect providers, by id.
	 */
	public static List<OidcProvider> allOidc() {
		return List.copyOf(OIDC_CATALOGUE.values());
	}

	/**
	 * The catalogued OpenID Connect provider that the registration was built from, if any.
	 */
	public static Optional<OidcProvider> findOidc(ClientRegistration registration) {
		Object id = registration.getProviderDetails().getConfigurationMetadata().get(METADATA_KEY);
		return (id instanceof String text) ? findOidc(text) : Optional.empty();
	}

	/**
	 * Whether sign-in with the registration sends an OpenID Connect nonce (Spring Security sends one with the
	 * {@code openid} scope): always, but for the catalogued providers that Auth.js signs in without one.
	 */
	public static boolean usesNonce(ClientRegistration registration) {
		return findOidc(registration).map(OidcProvider::nonce).orElse(true);
	}

	/**
	 * The {@code response_mode} that sign-in with the registration asks for, such as {@value #FORM_POST}, or null for
	 * the default, the query of a redirect.
	 */
	public static @Nullable String responseMode(ClientRegistration registration) {
		return findOidc(registration).map(OidcProvider::responseMode).orElse(null);
	}

	/**
	 * The parameters besides OAuth's own that sign-in with the registration sends to the authorization endpoint, as
	 * Auth.js's {@code authorization.params} of its catalogued provider (Twitch's {@code claims}); none for others.
	 */
	public static Map<String, String> authorizationParameters(ClientRegistration registration) {
		return findOidc(registration).map(OidcProvider::authorizationParameters).orElse(Map.of());
	}

	/**
	 * Whether the registration is of Apple's catalogued provider.
	 */
	public static boolean isApple(ClientRegistration registration) {
		return findOidc(registration).filter((provider) -> provider.id().equals("apple")).isPresent();
	}

	/**
	 * The catalogued provider with Auth.js's id, if there is one.
	 */
	public static Optional<Provider> find(String id) {
		return Optional.ofNullable(CATALOGUE.get(id));
	}

	/**
	 * The catalogued providers, by id.
	 */
	public static List<Provider> all() {
		return List.copyOf(CATALOGUE.values());
	}

	/**
	 * The registration tagged as built from the catalogued provider, so that sign-in maps its profiles as Auth.js
	 * does.
	 */
	public static ClientRegistration tagged(ClientRegistration registration, Provider provider) {
		return tagged(registration, provider.id());
	}

	/**
	 * The registration tagged as built from the catalogued OpenID Connect provider, without PKCE where Auth.js signs
	 * in without it, and with the provider's issuer when its endpoints are the catalogue's, so that Spring Security
	 * checks the ID token's {@code iss} against it.
	 */
	public static ClientRegistration tagged(ClientRegistration registration, OidcProvider provider) {
		ClientRegistration tagged = tagged(registration, provider.id());
		if (!provider.pkce()) {
			tagged = ClientRegistration.withClientRegistration(tagged)
				.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(false).build())
				.build();
		}
		Issuer issuer = provider.issuer();
		if (issuer == null || registration.getProviderDetails().getIssuerUri() != null
				|| !issuer.authorizationUri().equals(registration.getProviderDetails().getAuthorizationUri())) {
			return tagged;
		}
		return ClientRegistration.withClientRegistration(tagged).issuerUri(issuer.uri()).build();
	}

	private static ClientRegistration tagged(ClientRegistration registration, String id) {
		Map<String, Object> metadata = new LinkedHashMap<>(
				registration.getProviderDetails().getConfigurationMetadata());
		metadata.put(METADATA_KEY, id);
		return ClientRegistration.withClientRegistration(registration).providerConfigurationMetadata(metadata).build();
	}

	/**
	 * The profile of a user of the registration: as Auth.js's {@code profile()} of its catalogued provider makes it,
	 * or else from the common claims ({@link ProviderProfile#from(OAuth2User)}).
	 */
	public static ProviderProfile profile(ClientRegistration registration, OAuth2User user) {
		return profile(registration, user, (name) -> null);
	}

	/**
	 * The profile of a user of the registration, as {@link #profile(ClientRegistration, OAuth2User)}, for Apple with
	 * the name that it posts to the callback the first time the person signs in ({@link AppleProfile}).
	 * @param callbackParameters the parameters of the provider's answer at the callback, by name
	 */
	public static ProviderProfile profile(ClientRegistration registration, OAuth2User user,
			UnaryOperator<@Nullable String> callbackParameters) {
		if (isApple(registration)) {
			return AppleProfile.from(user, callbackParameters.apply(AppleProfile.USER_PARAMETER));
		}
		Provider provider = of(registration);
		return (provider != null) ? provider.profile().apply(user.getAttributes()) : ProviderProfile.from(user);
	}

	/**
	 * The user as Spring Security loaded it, with the profile taken out of the member that nests it for a provider
	 * that does so, so that its name is the person's id.
	 */
	public static OAuth2User unnested(ClientRegistration registration, OAuth2User user) {
		Provider provider = of(registration);
		if (provider == null || provider.userInfoRoot() == null
				|| !(user.getAttributes().get(provider.userInfoRoot()) instanceof Map<?, ?> nested)) {
			return user;
		}
		Map<String, Object> attributes = new LinkedHashMap<>();
		nested.forEach((name, value) -> attributes.put(String.valueOf(name), value));
		if (!(attributes.get("id") instanceof String)) {
			return user;
		}
		return new DefaultOAuth2User(user.getAuthorities(), attributes, "id");
	}

	private static @Nullable Provider of(ClientRegistration registration) {
		Object id = registration.getProviderDetails().getConfigurationMetadata().get(METADATA_KEY);
		return (id instanceof String text) ? CATALOGUE.get(text) : null;
	}

	private static void addOidc(OidcProvider provider) {
		OIDC_CATALOGUE.put(provider.id(), provider);
	}

	private static void add(Provider provider) {
		CATALOGUE.put(provider.id(), provider);
	}

	/**
	 * Auth.js's Discord image: the avatar on Discord's CDN (animated ones as GIF), or the default avatar that
	 * Discord shows for the account.
	 */
	private static ProviderProfile discord(Map<String, Object> attributes) {
		String id = text(attributes, "id");
		String avatar = text(attributes, "avatar");
		@Nullable String image;
		if (id == null) {
			image = null;
		}
		else if (avatar != null) {
			image = "https://cdn.discordapp.com/avatars/" + id + "/" + avatar + (avatar.startsWith("a_") ? ".gif" : ".png");
		}
		else {
			String discriminator = text(attributes, "discriminator");
			int number = (discriminator == null || discriminator.equals("0"))
					? new BigInteger(id).shiftRight(22).mod(BigInteger.valueOf(6)).intValue()
					: Integer.parseInt(discriminator) % 5;
			image = "https://cdn.discordapp.com/embed/avatars/" + number + ".png";
		}
		return new ProviderProfile(id, firstText(attributes, "global_name", "username"), text(attributes, "email"),
				image);
	}

	private static @Nullable String fullName(Map<String, Object> attributes) {
		String first = text(attributes, "first_name");
		String last = text(attributes, "last_name");
		if (first == null || last == null) {
			return (first != null) ? first : last;
		}
		return first + " " + last;
	}

	private static @Nullable String text(@Nullable Map<?, ?> attributes, String name) {
		Object value = (attributes != null) ? attributes.get(name) : null;
		return (value == null) ? null : value.toString();
	}

	private static @Nullable String firstText(Map<String, Object> attributes, String... names) {
		for (String name : names) {
			String value = text(attributes, name);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static @Nullable Map<?, ?> nested(@Nullable Map<?, ?> attributes, String name) {
		Object value = (attributes != null) ? attributes.get(name) : null;
		return (value instanceof Map<?, ?> map) ? map : null;
	}

	private static @Nullable Map<?, ?> firstOf(@Nullable Object list) {
		return (list instanceof List<?> items && !items.isEmpty() && items.get(0) instanceof Map<?, ?> map) ? map
				: null;
	}

	/**
	 * One of Auth.js's providers.
	 *
	 * @param id Auth.js's provider id, the registration id and the accounts' {@code provider}
	 * @param name the name on sign-in buttons
	 * @param authorizationUri the authorization endpoint
	 * @param tokenUri the token endpoint
	 * @param userInfoUri the user-info endpoint
	 * @param userNameAttribute the user-info attribute with the person's id
	 * @param scopes the scopes Auth.js asks for
	 * @param profile Auth.js's {@code profile()}: the user-info answer as a user
	 * @param userInfoRoot the member of the user-info answer that holds the profile, for a provider that nests it
	 * (X's {@code data}), or null; the user-name attribute is then that member's
	 */
	public record Provider(String id, String name, String authorizationUri, String tokenUri, String userInfoUri,
			String userNameAttribute, List<String> scopes, Function<Map<String, Object>, ProviderProfile> profile,
			@Nullable String userInfoRoot) {

		Provider(String id, String name, String authorizationUri, String tokenUri, String userInfoUri,
				String userNameAttribute, List<String> scopes, Function<Map<String, Object>, ProviderProfile> profile) {
			this(id, name, authorizationUri, tokenUri, userInfoUri, userNameAttribute, scopes, profile, null);
		}

	}

	/**
	 * One of Auth.js's OpenID Connect providers at an issuer of the application's own (a Keycloak realm, an Auth0 or
	 * Okta domain, an Entra tenant), or at the one issuer of the provider (LinkedIn, Apple, Slack, Twitch): the
	 * profile comes from the standard claims, as in Auth.js, but for Apple's ({@link AppleProfile}).
	 *
	 * @param id Auth.js's provider id
	 * @param name the name on sign-in buttons
	 * @param scopes the scopes Auth.js asks for
	 * @param clientAuthenticationMethod how the client authenticates at the token endpoint, where Auth.js sets it
	 * @param issuer the provider's only issuer and its endpoints, so that the application gives none and starts
	 * without asking the provider for its discovery document; null where the application gives the issuer
	 * @param pkce whether sign-in sends a PKCE challenge, as Auth.js's {@code checks} with {@code "pkce"}; the
	 * registration's {@code requireProofKey} client setting
	 * @param nonce whether sign-in sends a nonce
	 * @param responseMode the {@code response_mode} that sign-in asks for, or null for the default
	 * @param authorizationParameters the other parameters that sign-in sends to the authorization endpoint, by name
	 */
	public record OidcProvider(String id, String name, List<String> scopes, @Nullable String clientAuthenticationMethod,
			@Nullable Issuer issuer, boolean pkce, boolean nonce, @Nullable String responseMode,
			Map<String, String> authorizationParameters) {

		public OidcProvider {
			authorizationParameters = Map.copyOf(authorizationParameters);
		}

		OidcProvider(String id, String name, List<String> scopes, @Nullable String clientAuthenticationMethod) {
			this(id, name, scopes, clientAuthenticationMethod, null, true, true, null);
		}

		OidcProvider(String id, String name, List<String> scopes, @Nullable String clientAuthenticationMethod,
				@Nullable Issuer issuer, boolean pkce, boolean nonce) {
			this(id, name, scopes, clientAuthenticationMethod, issuer, pkce, nonce, null);
		}

		OidcProvider(String id, String name, List<String> scopes, @Nullable String clientAuthenticationMethod,
				@Nullable Issuer issuer, boolean pkce, boolean nonce, @Nullable String responseMode) {
			this(id, name, scopes, clientAuthenticationMethod, issuer, pkce, nonce, responseMode, Map.of());
		}

	}

	/**
	 * The issuer of a provider that has one only, with the endpoints of its discovery document. The user's claims
	 * come from the ID token, as in Auth.js, which reads no user-info endpoint for OpenID Connect providers.
	 *
	 * @param uri the issuer, the {@code iss} of its ID tokens
	 * @param authorizationUri the authorization endpoint
	 * @param tokenUri the token endpoint
	 * @param jwkSetUri the keys that sign the ID tokens
	 */
	public record Issuer(String uri, String authorizationUri, String tokenUri, String jwkSetUri) {
	}

}
