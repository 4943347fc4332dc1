package io.github.authadapter;

/**
 * Thrown when a session or verification token is stored that exists already. Unlike the database's own error, its
 * message names the field and never the token, and it keeps no cause, because the database's message quotes the
 * duplicate value.
 */
public class TokenAlreadyExistsException extends AdapterException {

	/**
	 * Creates an exception about the given field.
	 * @param field {@code sessionToken} or {@code verificationToken}
	 */
	public TokenAlreadyExistsException(String field) {
		super("A " + field + " with this value exists already; tokens must be unique");
	}

}
