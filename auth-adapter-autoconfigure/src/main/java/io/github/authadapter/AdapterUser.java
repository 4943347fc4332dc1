package io.github.authadapter;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A user, with the fields of Auth.js's {@code AdapterUser}.
 *
 * @param id the id, null for a user that has not been stored yet
 * @param name the display name
 * @param email the email address, unique among users
 * @param emailVerified when the email address was last verified, null if never
 * @param image the address of a profile picture
 * @param attributes the application's own fields, by the names of its entity's fields, such as {@code role}
 */
public record AdapterUser(@Nullable String id, @Nullable String name, @Nullable String email,
		@Nullable Instant emailVerified, @Nullable String image, Map<String, @Nullable Object> attributes) {

	public AdapterUser {
		if (email != null && email.isBlank()) {
			throw new IllegalArgumentException("email must not be blank; use null for a user without email");
		}
		Arguments.requireStorable(id, "id");
		Arguments.requireStorable(name, "name");
		Arguments.requireStorable(email, "email");
		Arguments.requireStorable(image, "image");
		attributes = Attributes.copyOf(attributes);
	}

	/**
	 * A user without fields of the application's own.
	 */
	public AdapterUser(@Nullable String id, @Nullable String name, @Nullable String email,
			@Nullable Instant emailVerified, @Nullable String image) {
		this(id, name, email, emailVerified, image, Map.of());
	}

	/**
	 * This user with the given fields of the application's own instead of its current ones.
	 */
	public AdapterUser withAttributes(Map<String, ? extends @Nullable Object> attributes) {
		return new AdapterUser(this.id, this.name, this.email, this.emailVerified, this.image,
				Attributes.copyOf(attributes));
	}

	/**
	 * The value of one of the application's own fields, or null if it is empty or the user has no such field.
	 */
	public @Nullable Object attribute(String name) {
		return this.attributes.get(name);
	}

	/**
	 * A new user that has only an email address.
	 */
	public static AdapterUser withEmail(String email) {
		return new AdapterUser(null, null, Arguments.requireText(email, "email"), null, null);
	}

}
