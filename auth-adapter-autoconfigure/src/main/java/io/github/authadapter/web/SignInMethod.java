package io.github.authadapter.web;

/**
 * How a person signed in, or tried to: with a link sent by email, at an OAuth or OpenID Connect provider, or with a
 * passkey.
 */
public enum SignInMethod {

	/**
	 * A sign-in link sent by email.
	 */
	EMAIL("email"),

	/**
	 * An OAuth 2 or OpenID Connect provider.
	 */
	OAUTH("oauth"),

	/**
	 * A passkey (WebAuthn credential); the provider is Auth.js's {@code passkey}.
	 */
	WEBAUTHN("webauthn");

	private final String value;

	SignInMethod(String value) {
		this.value = value;
	}

	/**
	 * The lower-case name, as in metrics tags: {@code email}, {@code oauth} or {@code webauthn}.
	 */
	public String value() {
		return this.value;
	}

}
