package io.github.authadapter.oauth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ProviderProfile}.
 */
class ProviderProfileTests {

	@Test
	void readsAGitHubProfileAsAuthJsDoes() {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("id", 583231);
		attributes.put("login", "octocat");
		attributes.put("name", null);
		attributes.put("email", "Octo@GitHub.com");
		attributes.put("avatar_url", "https://avatars.githubusercontent.com/u/583231");

		assertThat(ProviderProfile.from(user(attributes, "id"))).isEqualTo(new ProviderProfile("583231", "octocat",
				"octo@github.com", "https://avatars.githubusercontent.com/u/583231"));
	}

	@Test
	void readsAnOpenIdConnectProfile() {
		Map<String, Object> attributes = Map.of("sub", "10769150350006150715113082367", "name", "Ada Lovelace",
				"email", "ada@example.com", "picture", "https://example.com/ada.jpg", "preferred_username", "ada");

		assertThat(ProviderProfile.from(user(attributes, "sub"))).isEqualTo(new ProviderProfile(
				"10769150350006150715113082367", "Ada Lovelace", "ada@example.com", "https://example.com/ada.jpg"));
	}

	@Test
	void aProfileWithoutEmailHasNone() {
		assertThat(ProviderProfile.from(user(Map.of("sub", "1", "email", " "), "sub")).email()).isNull();
	}

	@Test
	void anIdIsRequired() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ProviderProfile(" ", null, null, null))
			.withMessageContaining("user-name-attribute");
	}

	private static DefaultOAuth2User user(Map<String, Object> attributes, String nameAttribute) {
		return new DefaultOAuth2User(List.of(new SimpleGrantedAuthority("OAUTH2_USER")), attributes, nameAttribute);
	}

}
