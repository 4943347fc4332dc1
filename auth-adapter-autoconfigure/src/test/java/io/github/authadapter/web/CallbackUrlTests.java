package io.github.authadapter.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CallbackUrl}.
 */
class CallbackUrlTests {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/account", "/notes?sort=new&page=2", "/a/b#c" })
	void keepsPathsOnThisSite(String path) {
		assertThat(CallbackUrl.sameSite(path)).isEqualTo(path);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "https://evil.example", "//evil.example", "/\\evil.example", "account",
			"javascript:alert(1)", "/a\nb", "/a b" })
	void replacesAnythingElseWithTheHomePage(String url) {
		assertThat(CallbackUrl.sameSite(url)).isEqualTo("/");
	}

}
