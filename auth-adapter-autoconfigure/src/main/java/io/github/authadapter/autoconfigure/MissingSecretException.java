package io.github.authadapter.autoconfigure;

/**
 * Thrown at startup when {@code auth.adapter.secret} is not set outside the dev profile.
 */
public class MissingSecretException extends IllegalStateException {

	public MissingSecretException() {
		super("auth.adapter.secret is not set. It is required outside the 'dev' profile, because it protects the "
				+ "tokens of sign-in links, the OAuth cookies and the CSRF cookie");
	}

}
