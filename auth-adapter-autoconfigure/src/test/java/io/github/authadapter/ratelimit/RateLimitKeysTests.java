package io.github.authadapter.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateLimitKeysTests {

	private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes";

	@Test
	void oneAddressHasOneNameUnderOneSecret() {
		assertThat(new RateLimitKeys(SECRET).client("192.0.2.7")).isEqualTo(new RateLimitKeys(SECRET).client("192.0.2.7"))
			.matches("client:[0-9a-f]{64}")
			.isNotEqualTo(new RateLimitKeys(SECRET).client("192.0.2.8"));
		assertThat(new RateLimitKeys(SECRET).address("a@example.com")).matches("address:[0-9a-f]{64}")
			.isEqualTo(new RateLimitKeys(SECRET).address("a@example.com"));
	}

	@Test
	void anotherSecretGivesAnotherName() {
		assertThat(new RateLimitKeys(SECRET).client("192.0.2.7"))
			.isNotEqualTo(new RateLimitKeys(SECRET + "!").client("192.0.2.7"));
		assertThat(new RateLimitKeys(SECRET).address("a@example.com"))
			.isNotEqualTo(new RateLimitKeys(SECRET + "!").address("a@example.com"));
	}

	@Test
	void theNameIsNoPlainHashNorKeyedByTheSecretItself() throws Exception {
		String name = new RateLimitKeys(SECRET).client("192.0.2.7");
		String hex = name.substring("client:".length());
		assertThat(hex).isNotEqualTo(sha256("192.0.2.7")).isNotEqualTo(sha256("client:192.0.2.7"));
		Mac withTheSecret = Mac.getInstance("HmacSHA256");
		withTheSecret.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		assertThat(hex).isNotEqualTo(
				HexFormat.of().formatHex(withTheSecret.doFinal("client:192.0.2.7".getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void anAddressAndAClientOfTheSameTextHaveDifferentNames() {
		RateLimitKeys keys = new RateLimitKeys(SECRET);
		assertThat(keys.address("x").substring("address:".length()))
			.isNotEqualTo(keys.client("x").substring("client:".length()));
	}

	@Test
	void aBlankSecretIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitKeys(" "))
			.withMessageContaining("auth.adapter.secret");
		assertThat(new RateLimitKeys(SECRET)).hasToString("RateLimitKeys[secret hidden]");
	}

	private static String sha256(String value) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
	}

}
