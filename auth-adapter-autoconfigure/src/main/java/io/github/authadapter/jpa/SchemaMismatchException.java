package io.github.authadapter.jpa;

import org.jspecify.annotations.Nullable;

/**
 * Thrown at startup when a table or column that the Auth.js entities map is missing from the database, or holds
 * values of another kind, so that the mismatch stops the application rather than fail its requests.
 */
public class SchemaMismatchException extends RuntimeException {

	private final String table;

	private final @Nullable String column;

	private final String found;

	SchemaMismatchException(String description, String table, @Nullable String column, String found) {
		super(description + "; found " + found);
		this.table = table;
		this.column = column;
		this.found = found;
	}

	/**
	 * The table, as the entities map it.
	 */
	public String getTable() {
		return this.table;
	}

	/**
	 * The column, or null when the table itself is missing.
	 */
	public @Nullable String getColumn() {
		return this.column;
	}

	/**
	 * What the database has instead: its tables, the table's columns, or the column's type.
	 */
	public String getFound() {
		return this.found;
	}

}
