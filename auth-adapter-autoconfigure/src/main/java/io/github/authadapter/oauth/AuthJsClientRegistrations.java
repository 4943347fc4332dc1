package io.github.authadapter.oauth;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The application's client registrations, with Auth.js's redirect URI, {@value OAuthRoutes#DEFAULT_REDIRECT_URI},
 * for each registration that sets no {@code redirect-uri} of its own. Spring Security's default,
 * {@value #SPRING_SECURITY_DEFAULT_REDIRECT_URI}, counts as none: sign-in is only served at Auth.js's callback.
 */
public class AuthJsClientRegistrations implements ClientRegistrationRepository, Iterable<ClientRegistration> {

	/**
	 * The redirect URI that Spring Boot and Spring Security give a registration that sets none.
	 */
	public static final String SPRING_SECURITY_DEFAULT_REDIRECT_URI = "{baseUrl}/{action}/oauth2/code/{registrationId}";

	private final ClientRegistrationRepository registrations;

	private final Map<String, ClientRegistration> adapted = new LinkedHashMap<>();

	public AuthJsClientRegistrations(ClientRegistrationRepository registrations) {
		this.registrations = registrations;
	}

	@Override
	public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
		ClientRegistration registration = this.registrations.findByRegistrationId(registrationId);
		return (registration != null) ? adapt(registration) : null;
	}

	/**
	 * The registrations, if the application's repository can list them, as Spring Boot's can.
	 */
	@Override
	public Iterator<ClientRegistration> iterator() {
		List<ClientRegistration> all = new ArrayList<>();
		if (this.registrations instanceof Iterable<?> iterable) {
			for (Object registration : iterable) {
				if (registration instanceof ClientRegistration clientRegistration) {
					all.add(adapt(clientRegistration));
				}
			}
		}
		return all.iterator();
	}

	private ClientRegistration adapt(ClientRegistration registration) {
		String redirectUri = registration.getRedirectUri();
		if (redirectUri != null && !redirectUri.isEmpty()
				&& !SPRING_SECURITY_DEFAULT_REDIRECT_URI.equals(redirectUri)) {
			return registration;
		}
		synchronized (this.adapted) {
			ClientRegistration cached = this.adapted.get(registration.getRegistrationId());
			// A repository may return a new instance for a changed registration; compare to notice it.
			if (cached == null || !sameExceptRedirectUri(cached, registration)) {
				cached = ClientRegistration.withClientRegistration(registration)
					.redirectUri(OAuthRoutes.DEFAULT_REDIRECT_URI)
					.build();
				this.adapted.put(registration.getRegistrationId(), cached);
			}
			return cached;
		}
	}

	private static boolean sameExceptRedirectUri(ClientRegistration adapted, ClientRegistration original) {
		return adapted.getClientId().equals(original.getClientId())
				&& adapted.getProviderDetails().getAuthorizationUri()
					.equals(original.getProviderDetails().getAuthorizationUri())
				&& adapted.getScopes().equals(original.getScopes());
	}

}
