package io.github.authadapter.oauth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcScopes;

/**
 * The providers a person can sign in with, for a sign-in page's buttons: one per client registration that uses the
 * authorization code grant.
 */
public class OAuthProviders {

	private final Iterable<ClientRegistration> registrations;

	public OAuthProviders(Iterable<ClientRegistration> registrations) {
		this.registrations = registrations;
	}

	/**
	 * The providers, by name.
	 */
	public List<Provider> list() {
		List<Provider> providers = new ArrayList<>();
		for (ClientRegistration registration : this.registrations) {
			if (AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())) {
				String type = registration.getScopes().contains(OidcScopes.OPENID) ? "oidc" : "oauth";
				providers.add(new Provider(registration.getRegistrationId(), registration.getClientName(), type,
						OAuthRoutes.signIn(registration.getRegistrationId())));
			}
		}
		providers.sort(Comparator.comparing(Provider::name, String.CASE_INSENSITIVE_ORDER));
		return providers;
	}

	/**
	 * A provider to sign in with.
	 *
	 * @param id the registration id, such as {@code github}, which is the {@code provider} of its accounts
	 * @param name the name to show, the registration's {@code client-name}
	 * @param type {@code oidc} for registrations with the {@code openid} scope, {@code oauth} otherwise, which is
	 * also the type of the accounts it links
	 * @param signInPath the path to post the form to, with {@code csrfToken} and {@code callbackUrl}
	 */
	public record Provider(String id, String name, String type, String signInPath) {
	}

}
