package io.github.authadapter;

/**
 * Base class of the failures an {@link Adapter} reports on purpose, as opposed to infrastructure errors.
 */
public abstract class AdapterException extends RuntimeException {

	protected AdapterException(String message) {
		super(message);
	}

	protected AdapterException(String message, Throwable cause) {
		super(message, cause);
	}

}
