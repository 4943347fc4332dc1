package io.github.authadapter.crypto;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA-256 (RFC 5869), the derivation that Auth.js applies to its secret for the session JWE key.
 * <p>
 * Written here on the JDK's {@link Mac} because no library that the starter may depend on offers HKDF: Nimbus
 * JOSE+JWT has only the Concat KDF of NIST SP 800-56A, which is a different function; BouncyCastle is not managed by
 * the Spring Boot BOM, and the JDK's own {@code javax.crypto.KDF} needs Java 24. The HMAC is the JDK's; this class
 * only chains it as RFC 5869 says, and its tests check it against the RFC's test vectors.
 */
final class HkdfSha256 {

	private static final String HMAC = "HmacSHA256";

	private static final int HASH_LENGTH = 32;

	private HkdfSha256() {
	}

	/**
	 * Derives {@code length} bytes of key material.
	 * @param inputKeyMaterial the secret
	 * @param salt the salt; empty means none, which RFC 5869 replaces by zeros of the hash length
	 * @param info the context
	 * @param length at most 255 times 32 bytes
	 */
	static byte[] derive(byte[] inputKeyMaterial, byte[] salt, byte[] info, int length) {
		if (length < 1 || length > 255 * HASH_LENGTH) {
			throw new IllegalArgumentException(
					"HKDF-SHA-256 derives 1 to " + (255 * HASH_LENGTH) + " bytes, not " + length);
		}
		try {
			// The JDK refuses an empty HMAC key; zeros of the hash length are the same HMAC key by RFC 2104's padding.
			Mac extract = hmac((salt.length == 0) ? new byte[HASH_LENGTH] : salt);
			Mac expand = hmac(extract.doFinal(inputKeyMaterial));
			byte[] output = new byte[length];
			byte[] block = new byte[0];
			for (int offset = 0, counter = 1; offset < length; offset += HASH_LENGTH, counter++) {
				expand.update(block);
				expand.update(info);
				expand.update((byte) counter);
				block = expand.doFinal();
				System.arraycopy(block, 0, output, offset, Math.min(HASH_LENGTH, length - offset));
			}
			return output;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JDK has no " + HMAC, ex);
		}
	}

	private static Mac hmac(byte[] key) throws NoSuchAlgorithmException, InvalidKeyException {
		Mac mac = Mac.getInstance(HMAC);
		mac.init(new SecretKeySpec(key, HMAC));
		return mac;
	}

}
