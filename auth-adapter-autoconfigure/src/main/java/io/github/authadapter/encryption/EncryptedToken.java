package io.github.authadapter.encryption;

import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A token as stored when encrypted: {@code enc:v1:<key id>:<base64 of nonce, ciphertext and tag>}. The prefix makes
 * a stored value self-describing, so plaintext values from before encryption was turned on can still be read.
 *
 * @param keyId the id of the key it was encrypted with
 * @param sealed the 12-byte nonce followed by the ciphertext and the 16-byte tag
 */
record EncryptedToken(String keyId, byte[] sealed) {

	static final String PREFIX = "enc:v1:";

	/**
	 * The encrypted token that a stored value holds, or empty for a plaintext value.
	 * @throws TokenDecryptionException if the value has the prefix but is not well formed
	 */
	static Optional<EncryptedToken> parse(String stored) {
		if (!stored.startsWith(PREFIX)) {
			return Optional.empty();
		}
		int separator = stored.indexOf(':', PREFIX.length());
		if (separator < 0) {
			throw malformed(null);
		}
		String keyId = stored.substring(PREFIX.length(), separator);
		try {
			return Optional.of(new EncryptedToken(keyId, Base64.getDecoder().decode(stored.substring(separator + 1))));
		}
		catch (IllegalArgumentException ex) {
			throw malformed(keyId);
		}
	}

	/**
	 * The part of the stored value before the sealed bytes, which the cipher also authenticates.
	 */
	static String header(String keyId) {
		return PREFIX + keyId + ":";
	}

	String format() {
		return header(this.keyId) + Base64.getEncoder().encodeToString(this.sealed);
	}

	private static TokenDecryptionException malformed(@Nullable String keyId) {
		return new TokenDecryptionException(keyId,
				"is not a valid encrypted value; expected " + PREFIX + "<key id>:<base64 of nonce, ciphertext and tag>");
	}

}
