package io.github.authadapter.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AesGcm}.
 */
class AesGcmTests {

	private static final byte[] PLAINTEXT = "a token".getBytes(StandardCharsets.UTF_8);

	private static final byte[] ASSOCIATED = "header".getBytes(StandardCharsets.UTF_8);

	private final AesGcm cipher = new AesGcm(key(1));

	@Test
	void sealsToTheNonceTheCiphertextAndTheTagAndOpensThem() {
		byte[] sealed = this.cipher.seal(PLAINTEXT, ASSOCIATED);

		assertThat(sealed).hasSize(AesGcm.NONCE_LENGTH + PLAINTEXT.length + AesGcm.TAG_LENGTH);
		assertThat(this.cipher.open(sealed, ASSOCIATED)).hasValue(PLAINTEXT);
	}

	@Test
	void usesAFreshNonceForEveryValue() {
		assertThat(Arrays.copyOf(this.cipher.seal(PLAINTEXT, ASSOCIATED), AesGcm.NONCE_LENGTH))
			.isNotEqualTo(Arrays.copyOf(this.cipher.seal(PLAINTEXT, ASSOCIATED), AesGcm.NONCE_LENGTH));
	}

	@Test
	void opensNothingUnderAnotherKeyOrAssociatedDataOrWhenAlteredOrTruncated() {
		byte[] sealed = this.cipher.seal(PLAINTEXT, ASSOCIATED);
		byte[] altered = sealed.clone();
		altered[AesGcm.NONCE_LENGTH] ^= 1;

		assertThat(new AesGcm(key(2)).open(sealed, ASSOCIATED)).isEmpty();
		assertThat(this.cipher.open(sealed, "other".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(this.cipher.open(altered, ASSOCIATED)).isEmpty();
		assertThat(this.cipher.open(Arrays.copyOf(sealed, AesGcm.NONCE_LENGTH + AesGcm.TAG_LENGTH - 1), ASSOCIATED))
			.isEmpty();
	}

	private static SecretKeySpec key(int fill) {
		byte[] bytes = new byte[32];
		Arrays.fill(bytes, (byte) fill);
		return new SecretKeySpec(bytes, "AES");
	}

}
