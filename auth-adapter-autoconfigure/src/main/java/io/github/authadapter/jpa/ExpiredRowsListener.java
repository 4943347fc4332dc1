package io.github.authadapter.jpa;

/**
 * Told about each batch that {@link ExpiredRowsCleaner} deletes, for example to count the rows in a metric.
 */
@FunctionalInterface
public interface ExpiredRowsListener {

	/**
	 * A listener that ignores every batch.
	 */
	ExpiredRowsListener NONE = (table, rows) -> {
	};

	/**
	 * Called after a batch's transaction committed.
	 * @param table the logical name of the table: {@value ExpiredRowsCleaner#SESSIONS} or
	 * {@value ExpiredRowsCleaner#VERIFICATION_TOKENS}, whatever its name in the database
	 * @param rows how many rows the batch deleted, zero for the last batch of a table that had none left
	 */
	void deleted(String table, int rows);

}
