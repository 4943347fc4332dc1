package io.github.authadapter.autoconfigure;

/**
 * Thrown at startup when sign-in by email is on but {@code auth.adapter.secret} is not set.
 */
public class MissingSecretException extends IllegalStateException {

	public MissingSecretException() {
		super("auth.adapter.secret is not set. It is required outside the 'dev' profile, because it protects the "
				+ "tokens of sign-in links");
	}

}
