package io.github.authadapter.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.authadapter.oauth.AppleClientSecret;
import io.github.authadapter.oauth.CookieAuthorizationRequestRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Configuration properties of sign-in with OAuth 2 and OpenID Connect providers. The providers themselves are
 * configured with Spring Boot's {@code spring.security.oauth2.client.registration.*} properties.
 */
@ConfigurationProperties("auth.adapter.oauth")
public class AuthAdapterOAuthProperties {

	/**
	 * Time a person has to sign in at the provider before the pending authorization request expires.
	 */
	private Duration authorizationRequestMaxAge = CookieAuthorizationRequestRepository.DEFAULT_MAX_AGE;

	/**
	 * Auth.js rules per client registration, by the registration id of
	 * spring.security.oauth2.client.registration.
	 */
	private final Map<String, Registration> registration = new LinkedHashMap<>();

	public Duration getAuthorizationRequestMaxAge() {
		return this.authorizationRequestMaxAge;
	}

	public void setAuthorizationRequestMaxAge(Duration authorizationRequestMaxAge) {
		this.authorizationRequestMaxAge = authorizationRequestMaxAge;
	}

	public Map<String, Registration> getRegistration() {
		return this.registration;
	}

	/**
	 * Auth.js rules of one client registration.
	 */
	public static class Registration {

		/**
		 * Whether signing in with an account of this provider whose email address belongs to an existing user links
		 * the account to that user, Auth.js's allowDangerousEmailAccountLinking. Only enable it for providers that
		 * verify email addresses; otherwise anyone who adds your address to an account there can take over yours.
		 */
		private boolean allowDangerousEmailAccountLinking;

		/**
		 * Apple's client secret, a JWT that the starter signs with the Sign in with Apple key, in place of
		 * spring.security.oauth2.client.registration.<id>.client-secret.
		 */
		private final ClientSecret clientSecret = new ClientSecret();

		public boolean isAllowDangerousEmailAccountLinking() {
			return this.allowDangerousEmailAccountLinking;
		}

		public void setAllowDangerousEmailAccountLinking(boolean allowDangerousEmailAccountLinking) {
			this.allowDangerousEmailAccountLinking = allowDangerousEmailAccountLinking;
		}

		public ClientSecret getClientSecret() {
			return this.clientSecret;
		}

	}

	/**
	 * The key that signs Sign in with Apple's client secret, from Apple's developer site.
	 */
	public static class ClientSecret {

		/**
		 * The team id of the Apple developer account, the JWT's iss.
		 */
		private @Nullable String teamId;

		/**
		 * The id of the Sign in with Apple key, the JWT's kid.
		 */
		private @Nullable String keyId;

		/**
		 * The private key: the contents of the AuthKey_<key id>.p8 file, PEM-encoded PKCS #8.
		 */
		private @Nullable String privateKey;

		/**
		 * Where the AuthKey_<key id>.p8 file is, such as file:/run/secrets/AuthKey_ABC123DEFG.p8, in place of
		 * private-key.
		 */
		private @Nullable Resource privateKeyLocation;

		/**
		 * How long a secret is valid; it is made anew once half of it has passed. At most 15777000 seconds (six
		 * months), the most that Apple accepts.
		 */
		private Duration lifetime = AppleClientSecret.DEFAULT_LIFETIME;

		/**
		 * Whether any of the key's properties is set.
		 */
		boolean isSet() {
			return this.teamId != null || this.keyId != null || this.privateKey != null
					|| this.privateKeyLocation != null;
		}

		public @Nullable String getTeamId() {
			return this.teamId;
		}

		public void setTeamId(@Nullable String teamId) {
			this.teamId = teamId;
		}

		public @Nullable String getKeyId() {
			return this.keyId;
		}

		public void setKeyId(@Nullable String keyId) {
			this.keyId = keyId;
		}

		public @Nullable String getPrivateKey() {
			return this.privateKey;
		}

		public void setPrivateKey(@Nullable String privateKey) {
			this.privateKey = privateKey;
		}

		public @Nullable Resource getPrivateKeyLocation() {
			return this.privateKeyLocation;
		}

		public void setPrivateKeyLocation(@Nullable Resource privateKeyLocation) {
			this.privateKeyLocation = privateKeyLocation;
		}

		public Duration getLifetime() {
			return this.lifetime;
		}

		public void setLifetime(Duration lifetime) {
			this.lifetime = lifetime;
		}

	}

}
