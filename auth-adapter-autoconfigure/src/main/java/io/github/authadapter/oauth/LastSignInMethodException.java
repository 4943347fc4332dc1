package io.github.authadapter.oauth;

/**
 * Thrown when unlinking an account would leave its user without a way to sign in.
 */
public class LastSignInMethodException extends RuntimeException {

	/**
	 * The {@code error} parameter with which the page is shown again after a refused unlink.
	 */
	public static final String ERROR_CODE = "LastSignInMethod";

	public LastSignInMethodException(String provider) {
		super("The " + provider + " account is the user's last way to sign in; link another account or add an email "
				+ "address before unlinking it");
	}

}
