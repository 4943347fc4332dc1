package io.github.authadapter.autoconfigure;

/**
 * A property of Sign in with Apple's client secret that cannot make one. The message names the property and never
 * repeats a key.
 */
class InvalidAppleClientSecretException extends RuntimeException {

	private final String property;

	InvalidAppleClientSecretException(String property, String reason) {
		super(property + ": " + reason);
		this.property = property;
	}

	String getProperty() {
		return this.property;
	}

}
