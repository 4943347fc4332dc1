package io.github.authadapter;

import org.jspecify.annotations.Nullable;

/**
 * Argument checks shared by the model records and adapters, with messages that name the field.
 */
public final class Arguments {

	private Arguments() {
	}

	/**
	 * Returns the value if it is neither null nor blank, and otherwise fails naming the field.
	 */
	public static String requireText(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be null or blank");
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
