package io.github.authadapter.oauth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.util.StringUtils;

/**
 * The application's client registrations with Auth.js's defaults: the redirect URI
 * {@value OAuthRoutes#DEFAULT_REDIRECT_URI} for each registration that sets no {@code redirect-uri} of its own, and
 * for GitHub the scopes {@code read:user user:email} unless the registration sets others. Spring Security's default
 * redirect URI, {@value #SPRING_SECURITY_DEFAULT_REDIRECT_URI}, counts as none: sign-in is only served at Auth.js's
 * callback.
 */
public class AuthJsClientRegistrations extends DecoratedClientRegistrations {

	/**
	 * The redirect URI that Spring Boot and Spring Security give a registration that sets none.
	 */
	public static final String SPRING_SECURITY_DEFAULT_REDIRECT_URI = "{baseUrl}/{action}/oauth2/code/{registrationId}";

	private static final Set<String> SPRING_SECURITY_DEFAULT_GITHUB_SCOPES = Set.of("read:user");

	/**
	 * Auth.js's GitHub scopes: with {@code user:email}, a private email address can be read from {@code /user/emails}.
	 */
	private static final List<String> AUTH_JS_GITHUB_SCOPES = List.of("read:user", "user:email");

	private final Map<String, Adapted> adapted = new LinkedHashMap<>();

	public AuthJsClientRegistrations(ClientRegistrationRepository registrations) {
		super(registrations);
	}

	@Override
	ClientRegistration adapt(ClientRegistration registration) {
		boolean defaultRedirectUri = !StringUtils.hasText(registration.getRedirectUri())
				|| SPRING_SECURITY_DEFAULT_REDIRECT_URI.equals(registration.getRedirectUri());
		boolean defaultGitHubScope = GitHubEmails.appliesTo(registration)
				&& SPRING_SECURITY_DEFAULT_GITHUB_SCOPES.equals(registration.getScopes());
		if (!defaultRedirectUri && !defaultGitHubScope) {
			return registration;
		}
		synchronized (this.adapted) {
			Adapted cached = this.adapted.get(registration.getRegistrationId());
			// A repository may return a new instance for a changed registration.
			if (cached == null || cached.original() != registration) {
				ClientRegistration.Builder builder = ClientRegistration.withClientRegistration(registration);
				if (defaultRedirectUri) {
					builder.redirectUri(OAuthRoutes.DEFAULT_REDIRECT_URI);
				}
				if (defaultGitHubScope) {
					builder.scope(AUTH_JS_GITHUB_SCOPES);
				}
				cached = new Adapted(registration, builder.build());
				this.adapted.put(registration.getRegistrationId(), cached);
			}
			return cached.adapted();
		}
	}

	private record Adapted(ClientRegistration original, ClientRegistration adapted) {
	}

}
