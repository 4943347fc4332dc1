package io.github.authadapter.web;

import io.github.authadapter.Arguments;


/**
 * Published as an application event when a sign-in was refused or failed: a sign-in link that was used, expired or
 * altered, or an OAuth sign-in that the provider or Auth.js's account-linking rules refused. The reason is one of a
 * few fixed codes, never a message, so it can name a metric; it carries no token and no email address.
 *
 * @param method how the person tried to sign in
 * @param provider {@code email}, or the registration id of the OAuth provider, such as {@code github}
 * @param reason {@code InvalidLink} or {@code ExpiredLink} for email links; an
 * {@link io.github.authadapter.oauth.OAuthSignInError} code such as {@code OAuthAccountNotLinked} or
 * {@code AccessDenied} for OAuth
 */
public record SignInFailedEvent(SignInMethod method, String provider, String reason) {

	public SignInFailedEvent {
		Arguments.requireValue(method, "method");
		Arguments.requireText(provider, "provider");
		Arguments.requireText(reason, "reason");
	}

	/**
	 * A sign-in link did not work; the provider is {@code email}.
	 */
	public static SignInFailedEvent byEmail(String reason) {
		return new SignInFailedEvent(SignInMethod.EMAIL, SignInMethod.EMAIL.value(), reason);
	}

	/**
	 * A sign-in at the provider of the OAuth registration was refused or failed.
	 */
	public static SignInFailedEvent byOAuth(String registrationId, String reason) {
		return new SignInFailedEvent(SignInMethod.OAUTH, registrationId, reason);
	}

}
