package io.github.authadapter.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.authadapter.oauth.CookieAuthorizationRequestRepository;

import org.springframework.boot.context.properties.ConfigurationProperties;

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

		public boolean isAllowDangerousEmailAccountLinking() {
			return this.allowDangerousEmailAccountLinking;
		}

		public void setAllowDangerousEmailAccountLinking(boolean allowDangerousEmailAccountLinking) {
			this.allowDangerousEmailAccountLinking = allowDangerousEmailAccountLinking;
		}

	}

}
