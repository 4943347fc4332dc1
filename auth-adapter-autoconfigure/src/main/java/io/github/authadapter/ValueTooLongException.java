package io.github.authadapter;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value is longer than its column holds, such as a provider's access token in a schema whose token
 * columns are {@code VARCHAR(255)}. Nothing of the write is stored. Its message names the column where the database
 * says which it is, and never the value; it keeps no cause, because some databases quote the value.
 */
public class ValueTooLongException extends AdapterException {

	private final @Nullable String column;

	/**
	 * Creates an exception about the given column.
	 * @param column the column that the database named, or null where it names none
	 */
	public ValueTooLongException(@Nullable String column) {
		super(((column != null) ? "A value for the column " + column : "A value") + " is longer than the database's"
				+ " column holds, so nothing was stored; widen the column to store such values");
		this.column = column;
	}

	/**
	 * The column that the value did not fit, where the database named it.
	 */
	public @Nullable String getColumn() {
		return this.column;
	}

}
