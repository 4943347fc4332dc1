package io.github.authadapter.jpa;

import java.util.Optional;

/**
 * Reads the string ids of the Adapter API as the numeric ids of the database.
 */
final class DatabaseIds {

	private DatabaseIds() {
	}

	/**
	 * The numeric id, or empty for a string that no row can have as its id.
	 */
	static Optional<Long> parse(String id) {
		try {
			return Optional.of(Long.parseLong(id.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
