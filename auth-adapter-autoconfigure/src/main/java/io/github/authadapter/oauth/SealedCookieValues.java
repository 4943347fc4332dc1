package io.github.authadapter.oauth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.spec.SecretKeySpec;

import io.github.authadapter.crypto.AesGcm;
import io.github.authadapter.crypto.HmacSha256;

/**
 * Encrypts and authenticates short values for cookies with AES-256-GCM, under a key derived from the application's
 * secret. A value that was altered, or sealed under another secret or for another purpose, does not open.
 */
final class SealedCookieValues {

	private final AesGcm cipher;

	private final byte[] purpose;

	/**
	 * Creates the sealer.
	 * @param secret the application's secret, {@code auth.adapter.secret}
	 * @param purpose what the values are for; values sealed for one purpose do not open for another
	 */
	SealedCookieValues(String secret, String purpose) {
		if (secret == null || secret.isEmpty()) {
			throw new IllegalArgumentException("secret must not be empty; set auth.adapter.secret");
		}
		this.purpose = purpose.getBytes(StandardCharsets.UTF_8);
		this.cipher = new AesGcm(new SecretKeySpec(HmacSha256.derive(secret, purpose), "AES"));
	}

	String seal(String plaintext) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(this.cipher.seal(plaintext.getBytes(StandardCharsets.UTF_8), this.purpose));
	}

	/**
	 * The plaintext of a sealed value, or empty if the value is malformed, altered or sealed under another key.
	 */
	Optional<String> open(String sealed) {
		byte[] bytes;
		try {
			bytes = Base64.getUrlDecoder().decode(sealed);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return this.cipher.open(bytes, this.purpose).map((plaintext) -> new String(plaintext, StandardCharsets.UTF_8));
	}

}
