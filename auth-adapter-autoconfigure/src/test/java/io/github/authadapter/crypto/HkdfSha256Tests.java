package io.github.authadapter.crypto;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link HkdfSha256}, against the test vectors of RFC 5869, appendix A.
 */
class HkdfSha256Tests {

	private static final HexFormat HEX = HexFormat.of();

	@Test
	void derivesTheOutputOfRfc5869TestCase1() {
		byte[] okm = HkdfSha256.derive(HEX.parseHex("0b".repeat(22)), HEX.parseHex("000102030405060708090a0b0c"),
				HEX.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42);
		assertThat(HEX.formatHex(okm)).isEqualTo(
				"3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
	}

	@Test
	void derivesTheOutputOfRfc5869TestCase3WithoutSaltOrInfo() {
		byte[] okm = HkdfSha256.derive(HEX.parseHex("0b".repeat(22)), new byte[0], new byte[0], 42);
		assertThat(HEX.formatHex(okm)).isEqualTo(
				"8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
	}

	@Test
	void derivesAPrefixOfTheLongerOutputForAShorterLength() {
		byte[] secret = "a secret of thirty-two bytes, ok".getBytes(StandardCharsets.UTF_8);
		byte[] salt = "authjs.session-token".getBytes(StandardCharsets.UTF_8);
		byte[] info = "info".getBytes(StandardCharsets.UTF_8);
		byte[] long64 = HkdfSha256.derive(secret, salt, info, 64);
		assertThat(HkdfSha256.derive(secret, salt, info, 32)).containsExactly(java.util.Arrays.copyOf(long64, 32));
	}

	@Test
	void refusesALengthOutsideWhatHkdfDefines() {
		assertThatIllegalArgumentException().isThrownBy(() -> HkdfSha256.derive(new byte[32], new byte[0], new byte[0], 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> HkdfSha256.derive(new byte[32], new byte[0], new byte[0], 255 * 32 + 1));
	}

}
