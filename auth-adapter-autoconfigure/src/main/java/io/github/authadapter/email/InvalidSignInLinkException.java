package io.github.authadapter.email;

/**
 * Thrown when a sign-in link was already used, has expired, was altered or was never issued.
 */
public class InvalidSignInLinkException extends RuntimeException {

	public InvalidSignInLinkException(String reason) {
		super(reason);
	}

}
