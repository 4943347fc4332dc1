package io.github.authadapter.oauth;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The user that Auth.js's Apple provider makes of a sign-in: the id and email address from the ID token, no image,
 * and the name from the {@code user} field that Apple posts to the callback with the code, as JSON, only the first
 * time the person shares it with the application ({@code {"name":{"firstName":"Ada","lastName":"Lovelace"}}}). On
 * every later sign-in, or when that field is not JSON, the name is the email address, as in Auth.js. The field is
 * not signed, as a name typed in a form is not: it only names a new user.
 */
final class AppleProfile {

	/**
	 * The form field of Apple's answer with the person's name.
	 */
	static final String USER_PARAMETER = "user";

	private AppleProfile() {
	}

	static ProviderProfile from(OAuth2User user, @Nullable String userParameter) {
		String email = text(user.getAttributes().get("email"));
		String name = name(userParameter);
		return new ProviderProfile(user.getName(), (name != null) ? name : email, email, null);
	}

	/**
	 * The first and last name, with a space between them; Auth.js fails the sign-in on a field without a name, where
	 * this falls back to the email address.
	 */
	private static @Nullable String name(@Nullable String userParameter) {
		if (userParameter == null || userParameter.isBlank()) {
			return null;
		}
		JsonNode name;
		try {
			name = JsonMapper.shared().readTree(userParameter).path("name");
		}
		catch (JacksonException ex) {
			return null;
		}
		String first = name.path("firstName").isString() ? name.path("firstName").stringValue().strip() : "";
		String last = name.path("lastName").isString() ? name.path("lastName").stringValue().strip() : "";
		String full = (first + " " + last).strip();
		return full.isEmpty() ? null : full;
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value instanceof String text && !text.isBlank()) ? text : null;
	}

}
