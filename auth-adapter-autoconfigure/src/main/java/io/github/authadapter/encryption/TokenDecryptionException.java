package io.github.authadapter.encryption;

import io.github.authadapter.AdapterException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a stored token cannot be decrypted, such as when the key of its key id is not configured. The message
 * names the key id, the field and the account, but never the token or the stored value.
 */
public class TokenDecryptionException extends AdapterException {

	private final @Nullable String keyId;

	private final String reason;

	/**
	 * Creates an exception about a value stored under the given key id.
	 * @param keyId the key id the value names, or null if it names none
	 * @param reason why it cannot be decrypted, continuing "a stored token under key id 'x' ..."
	 */
	public TokenDecryptionException(@Nullable String keyId, String reason) {
		this("A stored token", keyId, reason);
	}

	private TokenDecryptionException(String subject, @Nullable String keyId, String reason) {
		super(subject + ((keyId != null) ? " under key id '" + keyId + "' " : " ") + reason);
		this.keyId = keyId;
		this.reason = reason;
	}

	/**
	 * The key id that the stored value names, or null if it names none.
	 */
	public @Nullable String keyId() {
		return this.keyId;
	}

	/**
	 * The same failure, about the given field, such as {@code access_token of account (github, 42)}.
	 */
	TokenDecryptionException inField(String field) {
		return new TokenDecryptionException(field, this.keyId, this.reason);
	}

}
