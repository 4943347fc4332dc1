package io.github.authadapter.encryption;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.authadapter.crypto.AesGcm;
import org.jspecify.annotations.Nullable;

/**
 * Encrypts tokens with AES-256-GCM under the current key, a random 96-bit nonce per value, and decrypts values
 * encrypted under the current key or a previous one, so that keys can be rotated without rewriting stored values.
 * A value for a place ({@code enc:v2:}) is bound to it: its header and the place are the associated data, so a
 * value copied to another account or column does not decrypt. Values from before ({@code enc:v1:}, whose associated
 * data is the header only) and plaintext values are read until they are written again, unless legacy values are
 * refused.
 */
public final class AesGcmTokenCipher implements TokenCipher {

	private final EncryptionKey current;

	private final Map<String, AesGcm> ciphers = new LinkedHashMap<>();

	private final boolean acceptLegacyValues;

	/**
	 * Creates a cipher.
	 * @param current the key that encrypts new values
	 * @param previous keys that only decrypt values stored under their ids
	 * @throws InvalidEncryptionKeyException if two keys have the same id
	 */
	public AesGcmTokenCipher(EncryptionKey current, Collection<EncryptionKey> previous) {
		this(current, previous, true);
	}

	/**
	 * Creates a cipher.
	 * @param current the key that encrypts new values
	 * @param previous keys that only decrypt values stored under their ids
	 * @param acceptLegacyValues whether a place's value may be plaintext or {@code enc:v1:}, bound to no place
	 * @throws InvalidEncryptionKeyException if two keys have the same id
	 */
	public AesGcmTokenCipher(EncryptionKey current, Collection<EncryptionKey> previous, boolean acceptLegacyValues) {
		this.acceptLegacyValues = acceptLegacyValues;
		this.current = current;
		this.ciphers.put(current.id(), new AesGcm(current.key()));
		for (EncryptionKey key : previous) {
			if (this.ciphers.putIfAbsent(key.id(), new AesGcm(key.key())) != null) {
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
		return encrypt(token, EncryptedToken.V1, null);
	}

	@Override
	public String encrypt(String token, TokenPlace place) {
		return encrypt(token, EncryptedToken.V2, place);
	}

	private String encrypt(String token, String version, @Nullable TokenPlace place) {
		byte[] sealed = this.ciphers.get(this.current.id())
			.seal(token.getBytes(StandardCharsets.UTF_8), associatedData(version, this.current.id(), place));
		return new EncryptedToken(version, this.current.id(), sealed).format();
	}

	@Override
	public String decrypt(String stored) {
		EncryptedToken encrypted = EncryptedToken.parse(stored).orElse(null);
		if (encrypted == null) {
			return stored;
		}
		if (encrypted.version().equals(EncryptedToken.V2)) {
			throw new TokenDecryptionException(encrypted.keyId(),
					"cannot be decrypted: it is bound to a place, and none was given");
		}
		return decrypt(encrypted, null);
	}

	@Override
	public String decrypt(String stored, TokenPlace place) {
		EncryptedToken encrypted = EncryptedToken.parse(stored).orElse(null);
		if (encrypted == null || encrypted.version().equals(EncryptedToken.V1)) {
			if (!this.acceptLegacyValues) {
				throw new TokenDecryptionException((encrypted != null) ? encrypted.keyId() : null,
						"is refused: it is " + ((encrypted != null) ? "in the format enc:v1:, bound to no account"
								: "not encrypted") + ", and auth.adapter.encryption.accept-legacy-values is false");
			}
			return (encrypted != null) ? decrypt(encrypted, null) : stored;
		}
		return decrypt(encrypted, place);
	}

	@Override
	public boolean needsReencryption(String stored) {
		return !stored.startsWith(EncryptedToken.header(EncryptedToken.V2, this.current.id()));
	}

	private String decrypt(EncryptedToken encrypted, @Nullable TokenPlace place) {
		AesGcm cipher = this.ciphers.get(encrypted.keyId());
		if (cipher == null) {
			throw new TokenDecryptionException(encrypted.keyId(), "cannot be decrypted: no key with this id is "
					+ "configured; add it as auth.adapter.encryption.previous-keys." + encrypted.keyId());
		}
		byte[] sealed = encrypted.sealed();
		if (sealed.length < AesGcm.NONCE_LENGTH + AesGcm.TAG_LENGTH) {
			throw new TokenDecryptionException(encrypted.keyId(), "cannot be decrypted: the value is truncated");
		}
		byte[] plaintext = cipher.open(sealed, associatedData(encrypted.version(), encrypted.keyId(), place))
			.orElseThrow(() -> new TokenDecryptionException(encrypted.keyId(), "cannot be decrypted: the key "
					+ "configured under this id is not the one it was encrypted with, or the stored value was altered,"
					+ " or copied from another account or column"));
		return new String(plaintext, StandardCharsets.UTF_8);
	}

	/**
	 * The header, so that a value cannot be moved under another key id unnoticed, and for a place, the place, so
	 * that it cannot be moved to another account or column either.
	 */
	private static byte[] associatedData(String version, String keyId, @Nullable TokenPlace place) {
		String header = EncryptedToken.header(version, keyId);
		return ((place != null) ? header + place.text() : header).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "AesGcmTokenCipher[currentKeyId=" + this.current.id() + ", keyIds=" + this.ciphers.keySet()
				+ ", acceptLegacyValues=" + this.acceptLegacyValues + "]";
	}

}
