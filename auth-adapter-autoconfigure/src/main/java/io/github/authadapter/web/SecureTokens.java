package io.github.authadapter.web;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Generates the secrets of session cookies and sign-in links: 32 bytes from {@link SecureRandom}, as hex.
 */
public final class SecureTokens {

	/**
	 * The number of random bytes in a token, 256 bits as in Auth.js's email tokens.
	 */
	public static final int TOKEN_BYTES = 32;

	private final SecureRandom random;

	public SecureTokens() {
		this(new SecureRandom());
	}

	public SecureTokens(SecureRandom random) {
		this.random = random;
	}

	/**
	 * A new token of {@value #TOKEN_BYTES} random bytes, as 64 lower-case hex digits.
	 */
	public String next() {
		byte[] bytes = new byte[TOKEN_BYTES];
		this.random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
