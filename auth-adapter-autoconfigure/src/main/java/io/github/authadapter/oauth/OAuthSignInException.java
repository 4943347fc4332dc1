package io.github.authadapter.oauth;

/**
 * Thrown when Auth.js's rules refuse an OAuth sign-in, for example because the email address belongs to a user who
 * has not linked this provider.
 */
public class OAuthSignInException extends RuntimeException {

	private final OAuthSignInError error;

	public OAuthSignInException(OAuthSignInError error, String message) {
		super(message);
		this.error = error;
	}

	public OAuthSignInError getError() {
		return this.error;
	}

}
