package io.github.authadapter.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM under one key, with a random 96-bit nonce for every value and a 128-bit tag. The sealed bytes are the
 * nonce followed by the ciphertext and its tag. The starter's stored OAuth tokens and its sealed cookies both use it.
 */
public final class AesGcm {

	/**
	 * The length of the nonce that leads the sealed bytes.
	 */
	public static final int NONCE_LENGTH = 12;

	/**
	 * The length of the authentication tag that ends them.
	 */
	public static final int TAG_LENGTH = 16;

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final SecureRandom random = new SecureRandom();

	private final SecretKey key;

	/**
	 * Creates a cipher.
	 * @param key an AES key of 128, 192 or 256 bits
	 */
	public AesGcm(SecretKey key) {
		this.key = key;
	}

	/**
	 * Encrypts and authenticates the plaintext together with the associated data, which is authenticated only.
	 * @return the nonce, the ciphertext and the tag
	 */
	public byte[] seal(byte[] plaintext, byte[] associatedData) {
		byte[] nonce = new byte[NONCE_LENGTH];
		random.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, associatedData);
			byte[] sealed = new byte[NONCE_LENGTH + cipher.getOutputSize(plaintext.length)];
			System.arraycopy(nonce, 0, sealed, 0, NONCE_LENGTH);
			cipher.doFinal(plaintext, 0, plaintext.length, sealed, NONCE_LENGTH);
			return sealed;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has AES-GCM", ex);
		}
	}

	/**
	 * The plaintext of sealed bytes, or empty if they are too short, were altered, or were sealed under another key
	 * or with other associated data.
	 */
	public Optional<byte[]> open(byte[] sealed, byte[] associatedData) {
		if (sealed.length < NONCE_LENGTH + TAG_LENGTH) {
			return Optional.empty();
		}
		try {
			return Optional.of(cipher(Cipher.DECRYPT_MODE, sealed, associatedData).doFinal(sealed, NONCE_LENGTH,
					sealed.length - NONCE_LENGTH));
		}
		catch (AEADBadTagException ex) {
			return Optional.empty();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has AES-GCM", ex);
		}
	}

	/**
	 * A cipher with the nonce that the given bytes start with.
	 */
	private Cipher cipher(int mode, byte[] nonce, byte[] associatedData) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(TRANSFORMATION);
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_LENGTH * 8, nonce, 0, NONCE_LENGTH));
		cipher.updateAAD(associatedData);
		return cipher;
	}

	@Override
	public String toString() {
		return "AesGcm[key hidden]";
	}

}
