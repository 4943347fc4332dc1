package io.github.authadapter.autoconfigure;

/**
 * Thrown at startup when sign-in links would have no trusted address: {@code auth.adapter.url} (or {@code AUTH_URL})
 * and {@code auth.adapter.trusted-hosts} are both unset outside the 'dev' profile, or one of them is not usable.
 */
public class InvalidBaseUrlException extends IllegalStateException {

	InvalidBaseUrlException(String message) {
		super(message);
	}

	static InvalidBaseUrlException missing() {
		return new InvalidBaseUrlException("Neither auth.adapter.url (or AUTH_URL) nor auth.adapter.trusted-hosts is "
				+ "set. One of them is required outside the 'dev' profile, because links built from the Host header "
				+ "of a request would hand the tokens in them to whoever sent it");
	}

}
