package io.github.authadapter.web;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class SameOriginPolicyTests {

	private final SameOriginPolicy policy = SameOriginPolicy
		.of(TrustedBaseUrl.of(URI.create("https://example.com"), List.of("admin.example.com")));

	@Test
	void aTrustedHostsOwnPagesMayPostToIt() {
		assertThat(this.policy.allows(post("admin.example.com", "https://admin.example.com"))).isTrue();
	}

	@Test
	void theConfiguredAddressIsTheOriginOfEveryOtherHost() {
		assertThat(this.policy.allows(post("example.com", "https://example.com"))).isTrue();
		assertThat(this.policy.allows(post("example.com", "https://admin.example.com"))).isFalse();
	}

	@Test
	void aPageOfTheConfiguredAddressMayNotPostToATrustedHost() {
		assertThat(this.policy.allows(post("admin.example.com", "https://example.com"))).isFalse();
	}

	@Test
	void withNothingTrustedAndNothingConfiguredNoOriginIsAccepted() {
		SameOriginPolicy closed = SameOriginPolicy.of(TrustedBaseUrl.of(null, List.of("example.com")));
		assertThat(closed.allows(post("evil.example", "https://evil.example"))).isFalse();
		assertThat(closed.expectedOrigin(post("evil.example", "https://evil.example"))).isEmpty();
	}

	private static MockHttpServletRequest post(String host, String origin) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/auth/signin/email");
		request.setScheme("https");
		request.setSecure(true);
		request.setServerName(host);
		request.setServerPort(443);
		request.addHeader("Origin", origin);
		return request;
	}

}
