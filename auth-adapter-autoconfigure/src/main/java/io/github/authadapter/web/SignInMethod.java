package io.github.authadapter.web;

/**
 * How a person signed in, or tried to: with a link sent by email, or at an OAuth or OpenID Connect provider.
 */
public enum SignInMethod {

	/**
	 * A sign-in link sent by email.
	 */
	EMAIL("email"),

	/**
	 * An OAuth 2 or OpenID Connect provider.
	 */
	OAUTH("oauth");

	private final String value;

	SignInMethod(String value) {
		this.value = value;
	}

	/**
	 * The lower-case name, as in metrics tags: {@code email} or {@code oauth}.
	 */
	public String value() {
		return this.value;
	}

}
