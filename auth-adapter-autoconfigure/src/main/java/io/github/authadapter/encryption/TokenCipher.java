package io.github.authadapter.encryption;

import io.github.authadapter.AdapterAccount;
import org.jspecify.annotations.Nullable;

/**
 * Turns the OAuth tokens of an account into what its columns store, and back.
 */
public interface TokenCipher {

	/**
	 * Stores tokens as they are. It refuses to read a value that was encrypted, so that turning encryption off by
	 * mistake fails clearly instead of handing ciphertext to the application as a token.
	 */
	TokenCipher PLAINTEXT = new TokenCipher() {

		@Override
		public String encrypt(String token) {
			return token;
		}

		@Override
		public String decrypt(String stored) {
			EncryptedToken.parse(stored).ifPresent((encrypted) -> {
				throw new TokenDecryptionException(encrypted.keyId(),
						"is encrypted, but token encryption is off; set auth.adapter.encryption.key and keep key id '"
								+ encrypted.keyId() + "' as the current or a previous key");
			});
			return stored;
		}

	};

	/**
	 * The value to store for a token.
	 */
	String encrypt(String token);

	/**
	 * The token of a stored value. A value that was stored before encryption was turned on is returned as it is.
	 * @throws TokenDecryptionException if the value cannot be decrypted with the configured keys
	 */
	String decrypt(String stored);

	/**
	 * The account with its access, refresh and ID tokens encrypted, and every other field as it is.
	 */
	default AdapterAccount encryptTokens(AdapterAccount account) {
		return withTokens(account, encryptNullable(account.refresh_token()), encryptNullable(account.access_token()),
				encryptNullable(account.id_token()));
	}

	/**
	 * The account with its access, refresh and ID tokens decrypted, and every other field as it is.
	 * @throws TokenDecryptionException naming the field and the account, if a token cannot be decrypted
	 */
	default AdapterAccount decryptTokens(AdapterAccount account) {
		return withTokens(account, decryptField(account, "refresh_token", account.refresh_token()),
				decryptField(account, "access_token", account.access_token()),
				decryptField(account, "id_token", account.id_token()));
	}

	private @Nullable String encryptNullable(@Nullable String token) {
		return (token != null) ? encrypt(token) : null;
	}

	private @Nullable String decryptField(AdapterAccount account, String field, @Nullable String stored) {
		if (stored == null) {
			return null;
		}
		try {
			return decrypt(stored);
		}
		catch (TokenDecryptionException ex) {
			throw ex.inField(field + " of account (" + account.provider() + ", " + account.providerAccountId() + ")");
		}
	}

	private static AdapterAccount withTokens(AdapterAccount account, @Nullable String refreshToken,
			@Nullable String accessToken, @Nullable String idToken) {
		return new AdapterAccount(account.userId(), account.type(), account.provider(), account.providerAccountId(),
				refreshToken, accessToken, account.expires_at(), account.token_type(), account.scope(), idToken,
				account.session_state(), account.attributes());
	}

}
