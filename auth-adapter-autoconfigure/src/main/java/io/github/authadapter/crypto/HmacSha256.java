package io.github.authadapter.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA-256 on the JDK's {@link Mac}, and the keys for single uses that the starter derives from the application's
 * secret with it, so that no two uses of the secret share a key.
 */
public final class HmacSha256 {

	private static final String ALGORITHM = "HmacSHA256";

	private HmacSha256() {
	}

	/**
	 * The key of one use of the application's secret: the HMAC of the purpose under the secret.
	 * @param secret the application's secret, {@code auth.adapter.secret}
	 * @param purpose what the key is for; another purpose gives another key
	 */
	public static byte[] derive(String secret, String purpose) {
		return of(secret.getBytes(StandardCharsets.UTF_8), purpose.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The HMAC-SHA-256 of a value under a key.
	 */
	public static byte[] of(byte[] key, byte[] value) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key, ALGORITHM));
			return mac.doFinal(value);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has " + ALGORITHM, ex);
		}
	}

}
