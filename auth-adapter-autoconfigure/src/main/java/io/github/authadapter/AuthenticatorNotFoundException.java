package io.github.authadapter;

/**
 * Thrown when an authenticator is updated that was never registered.
 */
public class AuthenticatorNotFoundException extends AdapterException {

	public AuthenticatorNotFoundException(String credentialID) {
		super("No authenticator has the credential id " + credentialID
				+ "; register it with createAuthenticator first");
	}

}
