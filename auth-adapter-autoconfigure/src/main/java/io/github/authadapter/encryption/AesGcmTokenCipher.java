package io.github.authadapter.encryption;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts tokens with AES-256-GCM under the current key, a random 96-bit nonce per value, and decrypts values
 * encrypted under the current key or a previous one, so that keys can be rotated without rewriting stored values.
 */
public final class AesGcmTokenCipher implements TokenCipher {

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_LENGTH = 12;

	private static final int TAG_BITS = 128;

	private final EncryptionKey current;

	private final Map<String, EncryptionKey> keys = new LinkedHashMap<>();

	private final SecureRandom random = new SecureRandom();

	/**
	 * Creates a cipher.
	 * @param current the key that encrypts new values
	 * @param previous keys that only decrypt values stored under their ids
	 * @throws InvalidEncryptionKeyException if two keys have the same id
	 */
	public AesGcmTokenCipher(EncryptionKey current, Collection<EncryptionKey> previous) {
		this.current = current;
		this.keys.put(current.id(), current);
		for (EncryptionKey key : previous) {
			if (this.keys.putIfAbsent(key.id(), key) != null) {
				throw new InvalidEncryptionKeyException("The key id '" + key.id() + "' is used twice; give every key"
						+ " its own id, and do not list the current key among the previous ones");
			}
		}
	}

	/**
	 * The id of the key that encrypts new values.
	 */
	public String currentKeyId() {
		return this.current.id();
	}

	@Override
	public String encrypt(String token) {
		byte[] nonce = new byte[NONCE_LENGTH];
		this.random.nextBytes(nonce);
		byte[] sealed;
		try {
			sealed = run(Cipher.ENCRYPT_MODE, this.current, nonce, token.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has AES-GCM", ex);
		}
		return new EncryptedToken(this.current.id(),
				ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array())
			.format();
	}

	@Override
	public String decrypt(String stored) {
		EncryptedToken encrypted = EncryptedToken.parse(stored).orElse(null);
		if (encrypted == null) {
			return stored;
		}
		EncryptionKey key = this.keys.get(encrypted.keyId());
		if (key == null) {
			throw new TokenDecryptionException(encrypted.keyId(), "cannot be decrypted: no key with this id is "
					+ "configured; add it as auth.adapter.encryption.previous-keys." + encrypted.keyId());
		}
		byte[] sealed = encrypted.sealed();
		if (sealed.length < NONCE_LENGTH + TAG_BITS / 8) {
			throw new TokenDecryptionException(encrypted.keyId(), "cannot be decrypted: the value is truncated");
		}
		byte[] nonce = Arrays.copyOf(sealed, NONCE_LENGTH);
		byte[] ciphertext = Arrays.copyOfRange(sealed, NONCE_LENGTH, sealed.length);
		try {
			return new String(run(Cipher.DECRYPT_MODE, key, nonce, ciphertext), StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new TokenDecryptionException(encrypted.keyId(), "cannot be decrypted: the key configured under "
					+ "this id is not the one it was encrypted with, or the stored value was altered");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has AES-GCM", ex);
		}
	}

	private static byte[] run(int mode, EncryptionKey key, byte[] nonce, byte[] input)
			throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(TRANSFORMATION);
		cipher.init(mode, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
		// The header is authenticated too, so a value cannot be moved under another key id unnoticed.
		cipher.updateAAD(EncryptedToken.header(key.id()).getBytes(StandardCharsets.US_ASCII));
		return cipher.doFinal(input);
	}

	@Override
	public String toString() {
		return "AesGcmTokenCipher[currentKeyId=" + this.current.id() + ", keyIds=" + this.keys.keySet() + "]";
	}

}
