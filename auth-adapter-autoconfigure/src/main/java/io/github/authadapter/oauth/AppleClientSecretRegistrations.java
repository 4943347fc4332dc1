package io.github.authadapter.oauth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The application's client registrations with the current {@link AppleClientSecret} as the client secret of those
 * that have one, so that every token request (at sign-in and for a refresh) sends a secret that Apple still accepts.
 */
public class AppleClientSecretRegistrations extends DecoratedClientRegistrations {

	private final Map<String, AppleClientSecret> secrets;

	private final Map<String, ClientRegistration> withSecrets = new ConcurrentHashMap<>();

	/**
	 * @param registrations the registrations
	 * @param secrets the secrets, by registration id
	 */
	public AppleClientSecretRegistrations(ClientRegistrationRepository registrations,
			Map<String, AppleClientSecret> secrets) {
		super(registrations);
		this.secrets = Map.copyOf(secrets);
	}

	@Override
	ClientRegistration adapt(ClientRegistration registration) {
		AppleClientSecret secret = this.secrets.get(registration.getRegistrationId());
		if (secret == null) {
			return registration;
		}
		String value = secret.value();
		return this.withSecrets.compute(registration.getRegistrationId(),
				(id, cached) -> (cached != null && value.equals(cached.getClientSecret())
						&& cached.getClientId().equals(registration.getClientId())) ? cached
								: ClientRegistration.withClientRegistration(registration).clientSecret(value).build());
	}

}
