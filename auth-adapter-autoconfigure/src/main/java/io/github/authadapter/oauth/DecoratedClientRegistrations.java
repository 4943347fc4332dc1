package io.github.authadapter.oauth;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * A repository that hands out the registrations of another one, each changed by {@link #adapt(ClientRegistration)},
 * and lists them when that one can, as Spring Boot's can.
 */
abstract class DecoratedClientRegistrations implements ClientRegistrationRepository, Iterable<ClientRegistration> {

	private final ClientRegistrationRepository registrations;

	DecoratedClientRegistrations(ClientRegistrationRepository registrations) {
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

	/**
	 * The registration as this repository hands it out; the same instance for the same registration, as a
	 * repository of fixed registrations does, as long as nothing changed.
	 */
	abstract ClientRegistration adapt(ClientRegistration registration);

}
