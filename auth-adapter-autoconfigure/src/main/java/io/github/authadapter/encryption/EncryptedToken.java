package io.github.authadapter.encryption;

import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A token as stored when encrypted: {@code enc:v2:<key id>:<base64 of nonce, ciphertext and tag>}, or {@code enc:v1:}
 * for values from before ciphertexts were bound to their place. The prefix makes a stored value self-describing, so
 * plaintext values from before encryption was turned on can still be read.
 *
 * @param version {@value #V1} or {@value #V2}
 * @param keyId the id of the key it was encrypted with
 * @param sealed the 12-byte nonce followed by the ciphertext and the 16-byte tag
 */
record EncryptedToken(String version, String keyId, byte[] sealed) {

	/**
	 * The format whose associated data is the header only.
	 */
	static final String V1 = "v1";

	/**
	 * The format whose associated data is the header and the place of the value: table, column and account.
	 */
	static final String V2 = "v2";

	private static final String PREFIX = "enc:";

	/**
	 * The encrypted token that a stored value holds, or empty for a plaintext value.
	 * @throws TokenDecryptionException if the value has a prefix but is not well formed
	 */
	static Optional<EncryptedToken> parse(String stored) {
		String version;
		if (stored.startsWith(PREFIX + V2 + ":")) {
			version = V2;
		}
		else if (stored.startsWith(PREFIX + V1 + ":")) {
			version = V1;
		}
		else {
			return Optional.empty();
		}
		int start = PREFIX.length() + version.length() + 1;
		int separator = stored.indexOf(':', start);
		if (separator < 0) {
			throw malformed(null);
		}
		String keyId = stored.substring(start, separator);
		try {
			return Optional.of(
					new EncryptedToken(version, keyId, Base64.getDecoder().decode(stored.substring(separator + 1))));
		}
		catch (IllegalArgumentException ex) {
			throw malformed(keyId);
		}
	}

	/**
	 * The part of the stored value before the sealed bytes, which the cipher also authenticates.
	 */
	static String header(String version, String keyId) {
		return PREFIX + version + ":" + keyId + ":";
	}

	String format() {
		return header(this.version, this.keyId) + Base64.getEncoder().encodeToString(this.sealed);
	}

	private static TokenDecryptionException malformed(@Nullable String keyId) {
		return new TokenDecryptionException(keyId,
				"is not a valid encrypted value; expected enc:v2:<key id>:<base64 of nonce, ciphertext and tag>");
	}

}
