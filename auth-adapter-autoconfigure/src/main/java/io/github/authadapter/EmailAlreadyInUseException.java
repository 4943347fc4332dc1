package io.github.authadapter;

/**
 * Thrown when a user would get an email address that another user already has.
 */
public class EmailAlreadyInUseException extends AdapterException {

	public EmailAlreadyInUseException(String email, Throwable cause) {
		super("Another user already has the email address " + email, cause);
	}

}
