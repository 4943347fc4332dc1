package io.github.authadapter.email;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link VerificationTokenHasher}.
 */
class VerificationTokenHasherTests {

	@Test
	void hashesTheTokenFollowedByTheSecretWithSha256AsAuthJsDoes() {
		// printf 'abcsecret' | sha256sum, which is Auth.js's createHash(`${token}${secret}`)
		assertThat(new VerificationTokenHasher("secret").hash("abc"))
			.isEqualTo("a42178b773273f5c9f24387fbea546af537d08b8c06b23631e44878b9ce47f49");
	}

	@Test
	void dependsOnTheSecret() {
		assertThat(new VerificationTokenHasher("one").hash("abc"))
			.isNotEqualTo(new VerificationTokenHasher("two").hash("abc"));
	}

	@Test
	void rejectsABlankSecret() {
		assertThatIllegalArgumentException().isThrownBy(() -> new VerificationTokenHasher(" "))
			.withMessageContaining("auth.adapter.secret");
	}

	@Test
	void keepsTheSecretOutOfItsStringForm() {
		assertThat(new VerificationTokenHasher("very-secret")).hasToString("VerificationTokenHasher[secret hidden]");
	}

}
