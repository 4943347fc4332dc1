package io.github.authadapter.oauth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts and authenticates short values for cookies with AES-256-GCM, under a key derived from the application's
 * secret. A value that was altered, or sealed under another secret or for another purpose, does not open.
 */
final class SealedCookieValues {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final byte[] purpose;

	private final SecureRandom random = new SecureRandom();

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
		this.key = new SecretKeySpec(derive(secret.getBytes(StandardCharsets.UTF_8), this.purpose), "AES");
	}

	String seal(String plaintext) {
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(this.purpose);
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has AES-GCM", ex);
		}
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
		if (bytes.length <= IV_BYTES + TAG_BITS / 8) {
			return Optional.empty();
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
			cipher.updateAAD(this.purpose);
			return Optional.of(new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES),
					StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			return Optional.empty();
		}
	}

	private static byte[] derive(byte[] secret, byte[] purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return mac.doFinal(purpose);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", ex);
		}
	}

}
