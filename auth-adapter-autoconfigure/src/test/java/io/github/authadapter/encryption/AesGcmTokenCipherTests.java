package io.github.authadapter.encryption;

import java.util.Base64;
import java.util.List;

import io.github.authadapter.AdapterAccount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link AesGcmTokenCipher} and the stored format of its values.
 */
class AesGcmTokenCipherTests {

	private static final String TOKEN = "ya29.a0AfH6SMB-secret-access-token";

	private final EncryptionKey keyA = key("a", 1);

	private final EncryptionKey keyB = key("b", 2);

	@Test
	void encryptsToASelfDescribingTextValueThatDecryptsToTheToken() {
		AesGcmTokenCipher cipher = new AesGcmTokenCipher(this.keyA, List.of());

		String stored = cipher.encrypt(TOKEN);

		assertThat(stored).startsWith("enc:v1:a:").doesNotContain(TOKEN).matches("enc:v1:a:[A-Za-z0-9+/=]+");
		// 12-byte nonce, the ciphertext as long as the token, and a 16-byte tag.
		assertThat(Base64.getDecoder().decode(stored.substring("enc:v1:a:".length()))).hasSize(12 + TOKEN.length() + 16);
		assertThat(cipher.decrypt(stored)).isEqualTo(TOKEN);
	}

	@Test
	void decryptsValuesThatEarlierVersionsStored() {
		// Encrypted by the cipher before it moved onto the shared AES-GCM core; stored values must stay readable.
		AesGcmTokenCipher cipher = new AesGcmTokenCipher(this.keyA, List.of());

		assertThat(cipher.decrypt("enc:v1:a:70+dDVUjcD2FrAQsUHu2RG9jVdmzyk4OF+74tGvnKKLgjlHznEj8DNA51TSrLp5Yv8kVCPnyBFMSfIiuBl0="))
			.isEqualTo(TOKEN);
		assertThat(cipher.decrypt("enc:v2:a:lCI1JrRW+Na3zSu+j8dcYy5SvoCNc67Us2+J/Y73pa4aY0qC4KjvlbW11O4ouaFXu+Pp8/ywUx+wIV2T7HE=",
				new TokenPlace(TokenPlace.ACCESS_TOKEN, "github", "12345")))
			.isEqualTo(TOKEN);
	}

	@Test
	void usesAFreshNonceForEveryValue() {
		AesGcmTokenCipher cipher = new AesGcmTokenCipher(this.keyA, List.of());

		assertThat(cipher.encrypt(TOKEN)).isNotEqualTo(cipher.encrypt(TOKEN));
	}

	@Test
	void roundTripsUnicodeAndEmptyTokens() {
		AesGcmTokenCipher cipher = new AesGcmTokenCipher(this.keyA, List.of());

		assertThat(cipher.decrypt(cipher.encrypt("jeton-\uD83D\uDD11-\u00e9"))).isEqualTo("jeton-\uD83D\uDD11-\u00e9");
		assertThat(cipher.decrypt(cipher.encrypt(""))).isEmpty();
	}

	@Test
	void readsValuesStoredBeforeEncryptionWasTurnedOnAsTheyAre() {
		AesGcmTokenCipher cipher = new AesGcmTokenCipher(this.keyA, List.of());

		assertThat(cipher.decrypt(TOKEN)).isEqualTo(TOKEN);
	}

	@Test
	void readsValuesOfAPreviousKeyAndWritesWithTheCurrentOne() {
		String underA = new AesGcmTokenCipher(this.keyA, List.of()).encrypt(TOKEN);
		AesGcmTokenCipher rotated = new AesGcmTokenCipher(this.keyB, List.of(this.keyA));

		assertThat(rotated.decrypt(underA)).isEqualTo(TOKEN);
		assertThat(rotated.encrypt(TOKEN)).startsWith("enc:v1:b:");
		assertThat(rotated.currentKeyId()).isEqualTo("b");
	}

	@Test
	void aValueUnderAnUnknownKeyIdFailsNamingTheIdAndNotTheValue() {
		String underA = new AesGcmTokenCipher(this.keyA, List.of()).encrypt(TOKEN);
		AesGcmTokenCipher withoutA = new AesGcmTokenCipher(this.keyB, List.of());

		assertThatExceptionOfType(TokenDecryptionException.class).isThrownBy(() -> withoutA.decrypt(underA))
			.withMessageContaining("key id 'a'")
			.withMessageContaining("auth.adapter.encryption.previous-keys.a")
			.withMessageNotContaining(underA.substring(9))
			.satisfies((ex) -> assertThat(ex.keyId()).isEqualTo("a"));
	}

	@Test
	void aDifferentKeyUnderTheSameIdFailsClearly() {
		String underA = new AesGcmTokenCipher(this.keyA, List.of()).encrypt(TOKEN);
		AesGcmTokenCipher otherKeySameId = new AesGcmTokenCipher(key("a", 3), List.of());

		assertThatExceptionOfType(TokenDecryptionException.class).isThrownBy(() -> otherKeySameId.decrypt(underA))
			.withMessageContaining("key id 'a'")
			.withMessageContaining("not the one it was encrypted with");
	}

	@Test
	void anAlteredOrMovedValueFailsRatherThanDecryptingToSomethingElse() {
		AesGcmTokenCipher cipher = new AesGcmTokenCipher(this.keyA, List.of(key("b", 1)));
		String stored = cipher.encrypt(TOKEN);
		byte[] sealed = Base64.getDecoder().decode(stored.substring("enc:v1:a:".length()));
		sealed[sealed.length - 20] ^= 1;
		String altered = "enc:v1:a:" + Base64.getEncoder().encodeToString(sealed);
		// The same key bytes under another id: the key id is authenticated with the value.
		String moved = stored.replace("enc:v1:a:", "enc:v1:b:");

		assertThatExceptionOfType(TokenDecryptionException.class).isThrownBy(() -> cipher.decrypt(altered));
		assertThatExceptionOfType(TokenDecryptionException.class).isThrownBy(() -> cipher.decrypt(moved));
		assertThatExceptionOfType(TokenDecryptionException.class).isThrownBy(() -> cipher.decrypt("enc:v1:a:AAAA"))
			.withMessageContaining("truncated");
		assertThatExceptionOfType(TokenDecryptionException.class).isThrownBy(() -> cipher.decrypt("enc:v1:a:%%%"))
			.withMessageContaining("not a valid encrypted value");
		assertThatExceptionOfType(TokenDecryptionException.class).isThrownBy(() -> cipher.decrypt("enc:v1:nokeyid"))
			.withMessageContaining("not a valid encrypted value");
	}

	@Test
	void aValueForOnePlaceDoesNotDecryptInAnotherOrWithoutOne() {
		AesGcmTokenCipher cipher = new AesGcmTokenCipher(this.keyA, List.of());
		TokenPlace place = new TokenPlace(TokenPlace.ACCESS_TOKEN, "idp", "alice");
		String stored = cipher.encrypt(TOKEN, place);

		assertThat(stored).startsWith("enc:v2:a:");
		assertThat(cipher.decrypt(stored, place)).isEqualTo(TOKEN);
		for (TokenPlace other : List.of(new TokenPlace(TokenPlace.REFRESH_TOKEN, "idp", "alice"),
				new TokenPlace(TokenPlace.ACCESS_TOKEN, "idp", "bob"), new TokenPlace(TokenPlace.ACCESS_TOKEN, "other", "alice"),
				// The same text without the length prefix would be the same place.
				new TokenPlace(TokenPlace.ACCESS_TOKEN, "idp:alice", ""))) {
			assertThatExceptionOfType(TokenDecryptionException.class).isThrownBy(() -> cipher.decrypt(stored, other))
				.withMessageContaining("copied from another account or column");
		}
		assertThatExceptionOfType(TokenDecryptionException.class).isThrownBy(() -> cipher.decrypt(stored))
			.withMessageContaining("bound to a place");
		assertThat(cipher.needsReencryption(stored)).isFalse();
		assertThat(cipher.needsReencryption(cipher.encrypt(TOKEN))).isTrue();
		assertThat(cipher.needsReencryption(TOKEN)).isTrue();
	}

	@Test
	void theAccountsThreeTokensAreEncryptedAndEverythingElseIsKept() {
		AesGcmTokenCipher cipher = new AesGcmTokenCipher(this.keyA, List.of());
		AdapterAccount account = new AdapterAccount("7", "oidc", "idp", "alice", "refresh-1", "access-1", 42L,
				"bearer", "openid", "id-1", "state-1");

		AdapterAccount encrypted = cipher.encryptTokens(account);

		assertThat(List.of(encrypted.refresh_token(), encrypted.access_token(), encrypted.id_token()))
			.allMatch((value) -> value.startsWith("enc:v2:a:"));
		assertThat(encrypted.expires_at()).isEqualTo(42L);
		assertThat(encrypted.token_type()).isEqualTo("bearer");
		assertThat(encrypted.scope()).isEqualTo("openid");
		assertThat(encrypted.session_state()).isEqualTo("state-1");
		assertThat(cipher.decryptTokens(encrypted)).isEqualTo(account);
		AdapterAccount withoutTokens = AdapterAccount.withoutTokens("7", "email", "email", "a@example.com");
		assertThat(cipher.decryptTokens(cipher.encryptTokens(withoutTokens))).isEqualTo(withoutTokens);
	}

	@Test
	void aFailureToDecryptAnAccountNamesTheFieldAndTheAccount() {
		AdapterAccount stored = new AesGcmTokenCipher(this.keyA, List.of())
			.encryptTokens(new AdapterAccount("7", "oidc", "idp", "alice", null, "access-1", null, null, null, null,
					null));

		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> new AesGcmTokenCipher(this.keyB, List.of()).decryptTokens(stored))
			.withMessageStartingWith("access_token of account (idp, alice) under key id 'a' cannot be decrypted");
	}

	@Test
	void plaintextRefusesAnEncryptedValueInsteadOfReturningCiphertext() {
		String underA = new AesGcmTokenCipher(this.keyA, List.of()).encrypt(TOKEN);

		assertThat(TokenCipher.PLAINTEXT.encrypt(TOKEN)).isEqualTo(TOKEN);
		assertThat(TokenCipher.PLAINTEXT.decrypt(TOKEN)).isEqualTo(TOKEN);
		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> TokenCipher.PLAINTEXT.decrypt(underA))
			.withMessageContaining("key id 'a'")
			.withMessageContaining("encryption is off");
	}

	@Test
	void keysMustBe32BytesOfBase64WithAPlainId() {
		assertThatExceptionOfType(InvalidEncryptionKeyException.class)
			.isThrownBy(() -> EncryptionKey.fromBase64("k1", Base64.getEncoder().encodeToString(new byte[16])))
			.withMessage("The key with id 'k1' is 16 bytes long, but AES-256 needs 32 bytes");
		assertThatExceptionOfType(InvalidEncryptionKeyException.class)
			.isThrownBy(() -> EncryptionKey.fromBase64("k1", "not base64!"))
			.withMessage("The key with id 'k1' is not valid base64");
		assertThatExceptionOfType(InvalidEncryptionKeyException.class)
			.isThrownBy(() -> EncryptionKey.fromBase64("K:1", base64(1)))
			.withMessageContaining("The key id 'K:1' is not valid");
		assertThatExceptionOfType(InvalidEncryptionKeyException.class)
			.isThrownBy(() -> new AesGcmTokenCipher(this.keyA, List.of(key("a", 2))))
			.withMessageContaining("'a' is used twice");
	}

	@Test
	void aKeyNeverShowsItsBytes() {
		assertThat(this.keyA).hasToString("EncryptionKey[id=a, key hidden]");
		assertThat(new AesGcmTokenCipher(this.keyB, List.of(this.keyA)))
			.hasToString("AesGcmTokenCipher[currentKeyId=b, keyIds=[b, a], acceptLegacyValues=true]");
	}

	private static EncryptionKey key(String id, int fill) {
		return EncryptionKey.fromBase64(id, base64(fill));
	}

	private static String base64(int fill) {
		byte[] bytes = new byte[32];
		java.util.Arrays.fill(bytes, (byte) fill);
		return Base64.getEncoder().encodeToString(bytes);
	}

}
