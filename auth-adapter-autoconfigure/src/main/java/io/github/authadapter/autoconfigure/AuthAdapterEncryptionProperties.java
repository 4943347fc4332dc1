package io.github.authadapter.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.authadapter.encryption.AesGcmTokenCipher;
import io.github.authadapter.encryption.EncryptionKey;
import io.github.authadapter.encryption.InvalidEncryptionKeyException;
import io.github.authadapter.encryption.TokenCipher;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of the encryption at rest of the OAuth tokens of accounts.
 */
@ConfigurationProperties("auth.adapter.encryption")
public class AuthAdapterEncryptionProperties {

	/**
	 * The default id of the current key.
	 */
	public static final String DEFAULT_KEY_ID = "1";

	/**
	 * Whether values bound to no account are read by default.
	 */
	public static final boolean DEFAULT_ACCEPT_LEGACY_VALUES = true;

	/**
	 * Key that encrypts the access, refresh and ID tokens of accounts: 32 random bytes in base64, such as the output
	 * of "openssl rand -base64 32". When not set, the tokens are stored as plaintext, as Auth.js stores them.
	 */
	private @Nullable String key;

	/**
	 * Id of the key, stored with every value it encrypts: lower-case letters, digits and dashes. Give a new key a
	 * new id.
	 */
	private String keyId = DEFAULT_KEY_ID;

	/**
	 * Earlier keys by their ids, which only decrypt values stored under those ids.
	 */
	private Map<String, String> previousKeys = new LinkedHashMap<>();

	/**
	 * Whether to read tokens stored before ciphertexts were bound to their account and column: values in the format
	 * enc:v1: and plaintext values. Turn it off once AccountTokenReencryption has rewritten every account.
	 */
	private boolean acceptLegacyValues = DEFAULT_ACCEPT_LEGACY_VALUES;

	public @Nullable String getKey() {
		return this.key;
	}

	public void setKey(@Nullable String key) {
		this.key = key;
	}

	public String getKeyId() {
		return this.keyId;
	}

	public void setKeyId(String keyId) {
		this.keyId = keyId;
	}

	public Map<String, String> getPreviousKeys() {
		return this.previousKeys;
	}

	public void setPreviousKeys(Map<String, String> previousKeys) {
		this.previousKeys = previousKeys;
	}

	public boolean isAcceptLegacyValues() {
		return this.acceptLegacyValues;
	}

	public void setAcceptLegacyValues(boolean acceptLegacyValues) {
		this.acceptLegacyValues = acceptLegacyValues;
	}

	/**
	 * The cipher these properties describe: plaintext without a key, AES-GCM with one.
	 * @throws InvalidEncryptionKeyException naming the key id, if a key or key id is not usable
	 */
	public TokenCipher toTokenCipher() {
		if (this.key == null || this.key.isBlank()) {
			if (!this.previousKeys.isEmpty()) {
				throw new InvalidEncryptionKeyException("auth.adapter.encryption.previous-keys is set, but "
						+ "auth.adapter.encryption.key is not: previous keys only decrypt next to a current key");
			}
			return TokenCipher.PLAINTEXT;
		}
		EncryptionKey current = EncryptionKey.fromBase64(this.keyId, this.key);
		List<EncryptionKey> previous = this.previousKeys.entrySet()
			.stream()
			.map((entry) -> EncryptionKey.fromBase64(entry.getKey(), entry.getValue()))
			.toList();
		return new AesGcmTokenCipher(current, previous, this.acceptLegacyValues);
	}

	@Override
	public String toString() {
		return "AuthAdapterEncryptionProperties[keyId=" + this.keyId + ", previousKeyIds=" + this.previousKeys.keySet()
				+ ", keys hidden]";
	}

}
