package io.github.authadapter.autoconfigure;

/**
 * Thrown at startup when {@code auth.adapter.secret}, or one of the secrets it lists, is shorter than 32 bytes outside
 * the dev profile.
 */
public class WeakSecretException extends IllegalStateException {

	WeakSecretException(String weakness) {
		super(weakness + "; outside the 'dev' profile it must be at least " + AuthAdapterSecret.MIN_BYTES
				+ " bytes, because it protects the tokens of sign-in links, the session and OAuth cookies and the "
				+ "CSRF cookie, and Auth.js's JWT sessions need as many");
	}

}
