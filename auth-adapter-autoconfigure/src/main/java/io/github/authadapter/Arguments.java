package io.github.authadapter;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Argument checks shared by the model records and adapters, with messages that name the field.
 */
public final class Arguments {

	private Arguments() {
	}

	/**
	 * Returns the value if it is neither null nor blank and can be stored as text, and otherwise fails naming the
	 * field.
	 * @see #requireStorable(String, String)
	 */
	public static String requireText(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be null or blank");
		}
		return requireStorable(value, field);
	}

	/**
	 * Returns the value, which may be null, if every database can store it as text and give it back unchanged, and
	 * otherwise fails naming the field. PostgreSQL refuses the NUL character (U+0000) in text, so it is refused on
	 * every database alike; a lone surrogate is not Unicode, and the drivers would silently store a {@code ?}.
	 */
	public static @Nullable String requireStorable(@Nullable String value, String field) {
		if (value == null) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\0') {
				// The message leaves the value out: it may be a token.
				throw new IllegalArgumentException(
						field + " must not contain the NUL character (U+0000), found at index " + i);
			}
			if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				throw new IllegalArgumentException(field + " must be valid Unicode, but has a lone surrogate (U+"
						+ Integer.toHexString(c).toUpperCase(Locale.ROOT) + ") at index " + i);
			}
		}
		return value;
	}

	/**
	 * Returns the value if it is not null, and otherwise fails naming the field.
	 */
	public static <T> T requireValue(@Nullable T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException(field + " must not be null");
		}
		return value;
	}

}
