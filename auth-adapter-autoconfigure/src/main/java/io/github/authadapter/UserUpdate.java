package io.github.authadapter;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A partial update of a user. A component that is null leaves the field unchanged; an empty {@link Optional}
 * clears it. Build one with {@link #of(String)} and the {@code with...} methods:
 * <pre>{@code adapter.updateUser(UserUpdate.of(id).withName("Ada").withImage(null));}</pre>
 *
 * @param id the id of the user to update
 * @param name the new name, if it changes
 * @param email the new email, if it changes
 * @param emailVerified the new verification time, if it changes
 * @param image the new image, if it changes
 * @param attributes the application's own fields that change, with their new values
 */
public record UserUpdate(String id, @Nullable Optional<String> name, @Nullable Optional<String> email,
		@Nullable Optional<Instant> emailVerified, @Nullable Optional<String> image,
		Map<String, @Nullable Object> attributes) {

	public UserUpdate {
		Arguments.requireText(id, "id");
		if (email != null && email.isPresent() && email.get().isBlank()) {
			throw new IllegalArgumentException("email must not be blank; use withEmail(null) to remove it");
		}
		requireStorable(name, "name");
		requireStorable(email, "email");
		requireStorable(image, "image");
		attributes = Attributes.copyOf(attributes);
	}

	/**
	 * An update of the user with the given id that changes nothing yet.
	 */
	public static UserUpdate of(String id) {
		return new UserUpdate(id, null, null, null, null, Map.of());
	}

	public UserUpdate withName(@Nullable String name) {
		return new UserUpdate(this.id, Optional.ofNullable(name), this.email, this.emailVerified, this.image,
				this.attributes);
	}

	public UserUpdate withEmail(@Nullable String email) {
		return new UserUpdate(this.id, this.name, Optional.ofNullable(email), this.emailVerified, this.image,
				this.attributes);
	}

	public UserUpdate withEmailVerified(@Nullable Instant emailVerified) {
		return new UserUpdate(this.id, this.name, this.email, Optional.ofNullable(emailVerified), this.image,
				this.attributes);
	}

	public UserUpdate withImage(@Nullable String image) {
		return new UserUpdate(this.id, this.name, this.email, this.emailVerified, Optional.ofNullable(image),
				this.attributes);
	}

	/**
	 * Also sets one of the application's own fields.
	 */
	public UserUpdate withAttribute(String name, @Nullable Object value) {
		Map<String, @Nullable Object> attributes = new LinkedHashMap<>(this.attributes);
		attributes.put(Arguments.requireText(name, "attribute name"), value);
		return new UserUpdate(this.id, this.name, this.email, this.emailVerified, this.image, attributes);
	}

	private static void requireStorable(@Nullable Optional<String> value, String field) {
		if (value != null) {
			Arguments.requireStorable(value.orElse(null), field);
		}
	}

}
