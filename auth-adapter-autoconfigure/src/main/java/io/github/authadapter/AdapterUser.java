package io.github.authadapter;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A user, with the fields of Auth.js's {@code AdapterUser}.
 *
 * @param id the id, null for a user that has not been stored yet
 * @param name the display name
 * @param email the email address, unique among users
 * @param emailVerified when the email address was last verified, null if never
 * @param image the address of a profile picture
 */
public record AdapterUser(@Nullable String id, @Nullable String name, @Nullable String email,
		@Nullable Instant emailVerified, @Nullable String image) {

	public AdapterUser {
		if (email != null && email.isBlank()) {
			throw new IllegalArgumentException("email must not be blank; use null for a user without email");
		}
	}

	/**
	 * A new user that has only an email address.
	 */
	public static AdapterUser withEmail(String email) {
		return new AdapterUser(null, null, Arguments.requireText(email, "email"), null, null);
	}

}
