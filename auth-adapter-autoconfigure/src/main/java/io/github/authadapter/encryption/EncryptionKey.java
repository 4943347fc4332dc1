package io.github.authadapter.encryption;

import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * An AES-256 key with the id that is stored with every value encrypted under it.
 *
 * @param id lower-case letters, digits and dashes, at most 32, so that it binds from properties and environment
 * variables alike
 * @param key the 256-bit AES key
 */
public record EncryptionKey(String id, SecretKey key) {

	/**
	 * The length of a key, in bytes.
	 */
	public static final int LENGTH = 32;

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

	public EncryptionKey {
		if (id == null || !ID.matcher(id).matches()) {
			throw new InvalidEncryptionKeyException("The key id '" + id + "' is not valid: use 1 to 32 lower-case "
					+ "letters, digits and dashes, starting with a letter or digit");
		}
		if (key == null || !"AES".equals(key.getAlgorithm()) || key.getEncoded() == null
				|| key.getEncoded().length != LENGTH) {
			throw new InvalidEncryptionKeyException("The key with id '" + id + "' must be a 256-bit AES key");
		}
	}

	/**
	 * A key from 32 random bytes in base64, such as the output of {@code openssl rand -base64 32}.
	 * @throws InvalidEncryptionKeyException naming the key id, if the value is not base64 or not 32 bytes long
	 */
	public static EncryptionKey fromBase64(String id, String base64) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode((base64 != null) ? base64.strip() : "");
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidEncryptionKeyException("The key with id '" + id + "' is not valid base64");
		}
		if (bytes.length != LENGTH) {
			throw new InvalidEncryptionKeyException("The key with id '" + id + "' is " + bytes.length
					+ " bytes long, but AES-256 needs " + LENGTH + " bytes");
		}
		return new EncryptionKey(id, new SecretKeySpec(bytes, "AES"));
	}

	@Override
	public String toString() {
		return "EncryptionKey[id=" + this.id + ", key hidden]";
	}

}
