package io.github.authadapter.web;

import org.springframework.security.crypto.codec.Hex;
import org.springframework.security.crypto.keygen.BytesKeyGenerator;
import org.springframework.security.crypto.keygen.KeyGenerators;

/**
 * Generates the secrets of session cookies and sign-in links as Auth.js does: 32 random bytes as lower-case hex,
 * from Spring Security Crypto's {@link KeyGenerators#secureRandom(int)}.
 */
public final class SecureTokens {

	/**
	 * The number of random bytes in a token, 256 bits as in Auth.js's email tokens.
	 */
	public static final int TOKEN_BYTES = 32;

	private final BytesKeyGenerator generator = KeyGenerators.secureRandom(TOKEN_BYTES);

	/**
	 * A new token of {@value #TOKEN_BYTES} random bytes, as 64 lower-case hex digits.
	 */
	public String next() {
		return new String(Hex.encode(this.generator.generateKey()));
	}

}
