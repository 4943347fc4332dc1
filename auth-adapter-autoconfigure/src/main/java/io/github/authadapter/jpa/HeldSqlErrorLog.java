package io.github.authadapter.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.github.authadapter.AdapterException;
import org.jspecify.annotations.Nullable;

/**
 * Holds back Hibernate's log of a database error, and the driver's where it logs one, during the adapter's writes
 * whose constraint violations it expects and translates, such as a taken email, an account linked already or a
 * session token that exists, and drops it once the error became one of the adapter's exceptions: those are answers,
 * not failures, and the database's message can quote the value, a token among them. Any other error, such as a
 * violated constraint of the application's own, is logged as it would have been, when the write ends.
 * <p>
 * Hibernate logs before it throws, and only the logging backend can hold a line back; the starter's Logback filter
 * offers each line here. With another backend, or outside these writes, nothing is held.
 */
public final class HeldSqlErrorLog {

	private static final ThreadLocal<@Nullable List<Runnable>> held = new ThreadLocal<>();

	private HeldSqlErrorLog() {
	}

	/**
	 * Holds a line of Hibernate's error log if the current thread is in such a write.
	 * @param replay logs the line as it would have been logged
	 * @return whether the line is held, and must not be logged now
	 */
	public static boolean offer(Runnable replay) {
		List<Runnable> lines = held.get();
		if (lines == null) {
			return false;
		}
		lines.add(replay);
		return true;
	}

	/**
	 * Runs a write, holding the lines of Hibernate's error log that it causes until it ends; they are dropped if the
	 * write ends with an {@link AdapterException} and logged otherwise.
	 */
	static <T> T during(Supplier<T> write) {
		List<Runnable> outer = held.get();
		List<Runnable> lines = new ArrayList<>();
		held.set(lines);
		boolean translated = false;
		try {
			return write.get();
		}
		catch (AdapterException ex) {
			translated = true;
			throw ex;
		}
		finally {
			held.set(outer);
			if (!translated) {
				lines.forEach(Runnable::run);
			}
		}
	}

}
