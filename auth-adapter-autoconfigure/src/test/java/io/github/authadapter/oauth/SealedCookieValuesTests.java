package io.github.authadapter.oauth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SealedCookieValues}.
 */
class SealedCookieValuesTests {

	private static final String PURPOSE = "auth-adapter OAuth authorization request";

	private final SealedCookieValues values = new SealedCookieValues("secret", PURPOSE);

	@Test
	void opensWhatItSealed() {
		assertThat(this.values.open(this.values.seal("state=state-1"))).contains("state=state-1");
	}

	@Test
	void opensAValueThatAnEarlierVersionSealed() {
		// Sealed before the cookie moved onto the shared AES-GCM core: a sign-in under way during an upgrade
		// must still come back.
		assertThat(this.values.open("oDC6lH3EVVMg6cd9STk3ljkY9Ps17pdE85rndV9chWKCpzOjSR15PGUxdlotwJQ"))
			.contains("{\"state\":\"state-1\"}");
	}

	@Test
	void doesNotOpenAValueOfAnotherSecretOrPurposeOrThatIsMalformed() {
		String sealed = this.values.seal("state=state-1");

		assertThat(new SealedCookieValues("other-secret", PURPOSE).open(sealed)).isEmpty();
		assertThat(new SealedCookieValues("secret", "another purpose").open(sealed)).isEmpty();
		assertThat(this.values.open("not base64!")).isEmpty();
		assertThat(this.values.open("AAAA")).isEmpty();
	}

}
