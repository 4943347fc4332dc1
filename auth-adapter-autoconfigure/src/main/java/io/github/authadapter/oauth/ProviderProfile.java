package io.github.authadapter.oauth;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * Who a provider says the person is, in the fields of an Auth.js user. The email address is lower-cased, as Auth.js
 * does, so that {@code Ada@Example.com} and {@code ada@example.com} are one person.
 *
 * @param id the person's id at the provider, which becomes the account's {@code providerAccountId}
 * @param name the display name
 * @param email the email address, if the provider shares one
 * @param image the address of a profile picture
 */
public record ProviderProfile(String id, @Nullable String name, @Nullable String email, @Nullable String image) {

	public ProviderProfile {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("id must not be blank: the provider gave no id for the person; check "
					+ "the user-name-attribute of the provider registration");
		}
		email = (email == null || email.isBlank()) ? null : email.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * The profile of a user that Spring Security loaded from the ID token or the user-info endpoint. The id is the
	 * user's name attribute ({@code sub} for OpenID Connect, {@code id} for GitHub); the name, email and picture are
	 * read from the claims that OpenID Connect, GitHub and most other providers use.
	 */
	public static ProviderProfile from(OAuth2User user) {
		Map<String, Object> attributes = user.getAttributes();
		return new ProviderProfile(user.getName(),
				first(attributes, "name", "nickname", "preferred_username", "login"), first(attributes, "email"),
				first(attributes, "picture", "avatar_url", "image"));
	}

	private static @Nullable String first(Map<String, Object> attributes, String... names) {
		for (String name : names) {
			Object value = attributes.get(name);
			if (value instanceof String text && !text.isBlank()) {
				return text;
			}
		}
		return null;
	}

}
