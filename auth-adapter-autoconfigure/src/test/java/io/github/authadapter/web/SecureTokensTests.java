package io.github.authadapter.web;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SecureTokens}.
 */
class SecureTokensTests {

	private final SecureTokens tokens = new SecureTokens();

	@Test
	void aTokenIsThirtyTwoBytesAsLowerCaseHexAsInAuthJs() {
		assertThat(this.tokens.next()).matches("[0-9a-f]{64}");
	}

	@Test
	void everyTokenIsNewAndEveryHexDigitOccurs() {
		Set<String> seen = new HashSet<>();
		Set<Character> digits = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String token = this.tokens.next();
			assertThat(seen.add(token)).isTrue();
			token.chars().forEach((digit) -> digits.add((char) digit));
		}
		assertThat(digits).hasSize(16);
	}

}
