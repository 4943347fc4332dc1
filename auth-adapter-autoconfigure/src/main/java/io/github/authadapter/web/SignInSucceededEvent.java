package io.github.authadapter.web;

import io.github.authadapter.AdapterUser;
import io.github.authadapter.Arguments;


/**
 * Published as an application event by {@link SignInSessions} when a person signed in and a new session started, by
 * email link or at a provider, once the sign-in's transaction has committed. Linking a provider to the user who is
 * signed in already starts no session and publishes nothing.
 *
 * @param method how the person signed in
 * @param provider {@code email}, or the registration id of the OAuth provider, such as {@code github}
 * @param user the user who is now signed in
 */
public record SignInSucceededEvent(SignInMethod method, String provider, AdapterUser user) {

	public SignInSucceededEvent {
		Arguments.requireValue(method, "method");
		Arguments.requireText(provider, "provider");
		Arguments.requireValue(user, "user");
	}

	/**
	 * The user signed in with a link sent by email; the provider is {@code email}.
	 */
	public static SignInSucceededEvent byEmail(AdapterUser user) {
		return new SignInSucceededEvent(SignInMethod.EMAIL, SignInMethod.EMAIL.value(), user);
	}

	/**
	 * The user signed in at the provider of the OAuth registration.
	 */
	public static SignInSucceededEvent byOAuth(String registrationId, AdapterUser user) {
		return new SignInSucceededEvent(SignInMethod.OAUTH, registrationId, user);
	}

}
