package io.github.authadapter;

/**
 * Thrown when an account of a provider is linked to a user a second time.
 */
public class AccountAlreadyLinkedException extends AdapterException {

	public AccountAlreadyLinkedException(String provider, String providerAccountId, Throwable cause) {
		super("The " + provider + " account " + providerAccountId + " is already linked to a user", cause);
	}

}
