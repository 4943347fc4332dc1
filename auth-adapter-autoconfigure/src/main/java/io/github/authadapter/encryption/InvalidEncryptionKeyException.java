package io.github.authadapter.encryption;

/**
 * Thrown when an encryption key or its id is not usable, such as a key of the wrong length. The message names the key
 * id, never the key.
 */
public class InvalidEncryptionKeyException extends IllegalArgumentException {

	public InvalidEncryptionKeyException(String message) {
		super(message);
	}

}
