package io.github.authadapter.encryption;

import java.util.function.Consumer;

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
	 * The value to store for a token, without a place it is bound to.
	 */
	String encrypt(String token);

	/**
	 * The token of a stored value that is bound to no place. A value that was stored before encryption was turned on
	 * is returned as it is.
	 * @throws TokenDecryptionException if the value cannot be decrypted with the configured keys
	 */
	String decrypt(String stored);

	/**
	 * The value to store for a token in the given place, which a cipher may bind the value to so that it cannot be
	 * moved to another place. By default the same as {@link #encrypt(String)}.
	 */
	default String encrypt(String token, TokenPlace place) {
		return encrypt(token);
	}

	/**
	 * The token of a value stored in the given place. By default the same as {@link #decrypt(String)}.
	 * @throws TokenDecryptionException if the value cannot be decrypted, or was stored for another place
	 */
	default String decrypt(String stored, TokenPlace place) {
		return decrypt(stored);
	}

	/**
	 * Whether a stored value is not yet in the form this cipher writes, such as a value under a previous key, so that
	 * writing it again would change it.
	 */
	default boolean needsReencryption(String stored) {
		return false;
	}

	/**
	 * The account with its access, refresh and ID tokens encrypted for their columns, and every other field as it is.
	 */
	default AdapterAccount encryptTokens(AdapterAccount account) {
		return withTokens(account, encryptField(account, TokenPlace.REFRESH_TOKEN, account.refresh_token()),
				encryptField(account, TokenPlace.ACCESS_TOKEN, account.access_token()),
				encryptField(account, TokenPlace.ID_TOKEN, account.id_token()));
	}

	/**
	 * The account with its access, refresh and ID tokens decrypted, and every other field as it is.
	 * @throws TokenDecryptionException naming the field and the account, if a token cannot be decrypted
	 */
	default AdapterAccount decryptTokens(AdapterAccount account) {
		return decryptReadableTokens(account, (failure) -> {
			throw failure;
		});
	}

	/**
	 * The account with the tokens that can be decrypted, and null for each one that cannot, which is handed to the
	 * given consumer.
	 */
	default AdapterAccount decryptReadableTokens(AdapterAccount account,
			Consumer<TokenDecryptionException> onFailure) {
		return withTokens(account,
				decryptField(account, TokenPlace.REFRESH_TOKEN, account.refresh_token(), onFailure),
				decryptField(account, TokenPlace.ACCESS_TOKEN, account.access_token(), onFailure),
				decryptField(account, TokenPlace.ID_TOKEN, account.id_token(), onFailure));
	}

	private @Nullable String encryptField(AdapterAccount account, String field, @Nullable String token) {
		return (token != null) ? encrypt(token, new TokenPlace(field, account.provider(), account.providerAccountId()))
				: null;
	}

	private @Nullable String decryptField(AdapterAccount account, String field, @Nullable String stored,
			Consumer<TokenDecryptionException> onFailure) {
		if (stored == null) {
			return null;
		}
		TokenPlace place = new TokenPlace(field, account.provider(), account.providerAccountId());
		try {
			return decrypt(stored, place);
		}
		catch (TokenDecryptionException ex) {
			onFailure.accept(ex.inField(place.toString()));
			return null;
		}
	}

	private static AdapterAccount withTokens(AdapterAccount account, @Nullable String refreshToken,
			@Nullable String accessToken, @Nullable String idToken) {
		return new AdapterAccount(account.userId(), account.type(), account.provider(), account.providerAccountId(),
				refreshToken, accessToken, account.expires_at(), account.token_type(), account.scope(), idToken,
				account.session_state(), account.attributes());
	}

}
