package io.github.authadapter.autoconfigure;

/**
 * Thrown at startup when {@code auth.adapter.secret} cannot encrypt JWT session cookies: a secret, or one of several,
 * is shorter than Auth.js's JWT sessions need.
 */
public class InvalidJwtSecretException extends IllegalStateException {

	public InvalidJwtSecretException(String message, Throwable cause) {
		super(message, cause);
	}

}
