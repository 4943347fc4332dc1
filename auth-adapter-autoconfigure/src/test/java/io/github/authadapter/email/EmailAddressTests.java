package io.github.authadapter.email;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link EmailAddress}.
 */
class EmailAddressTests {

	@Test
	void trimsAndLowerCases() {
		assertThat(EmailAddress.parse("  Ada.Lovelace@Example.COM \t").value()).isEqualTo("ada.lovelace@example.com");
	}

	@Test
	void normalisesCompatibilityCharacters() {
		// Full-width letters and the full-width at sign, as typed with some input methods.
		assertThat(EmailAddress.parse("\uFF41\uFF44\uFF41\uFF20example.com").value()).isEqualTo("ada@example.com");
	}

	@Test
	void keepsPlusAddressing() {
		assertThat(EmailAddress.parse("ada+news@example.com").value()).isEqualTo("ada+news@example.com");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "ada", "ada@", "@example.com", "ada@example", "ada@@example.com",
			"ada@exa mple.com", "ada@example.com,eve@example.com", "Ada <ada@example.com>", "ada@.example.com",
			"ada@example..com", "ada@example.com." })
	void rejectsWhatCannotBeAnAddress(String typed) {
		assertThatExceptionOfType(InvalidEmailAddressException.class).isThrownBy(() -> EmailAddress.parse(typed))
			.withMessageContaining("name@example.com");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ada@example.com%0d%0a", "ada@exa_mple.com", "ada@example.com\u0000",
			"ad\u200Bmin@example.com", "ada\u202Emoc.elpmaxe@example.com", "ad\uD800a@example.com" })
	void rejectsCharactersThatNoDomainHasOrThatHideWhatTheAddressIs(String typed) {
		assertThatExceptionOfType(InvalidEmailAddressException.class).isThrownBy(() -> EmailAddress.parse(typed));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ada@bücher.de", "ada@हिन्दी.भारत", "用户@例子.广告", "o'brien@example.com",
			"a%b@example.com" })
	void keepsInternationalisedDomainsAndUnusualLocalParts(String typed) {
		assertThat(EmailAddress.parse(typed).value()).isEqualTo(typed);
	}

	@Test
	void rejectsNull() {
		assertThatExceptionOfType(InvalidEmailAddressException.class).isThrownBy(() -> EmailAddress.parse(null));
	}

	@Test
	void rejectsAddressesLongerThanMailServersAccept() {
		String local = "a".repeat(64);
		String domain = "b".repeat(190) + ".example";
		assertThatExceptionOfType(InvalidEmailAddressException.class)
			.isThrownBy(() -> EmailAddress.parse(local + "@" + domain));
	}

}
