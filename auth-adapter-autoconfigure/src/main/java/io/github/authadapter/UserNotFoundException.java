package io.github.authadapter;

/**
 * Thrown when a session, account or authenticator is stored for a user that does not exist.
 */
public class UserNotFoundException extends AdapterException {

	public UserNotFoundException(String userId) {
		super("No user has the id " + userId);
	}

}
