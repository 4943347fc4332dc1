package io.github.authadapter;

/**
 * A session together with its user.
 *
 * @param session the session
 * @param user the user the session belongs to
 */
public record SessionAndUser(AdapterSession session, AdapterUser user) {

	public SessionAndUser {
		Arguments.requireValue(session, "session");
		Arguments.requireValue(user, "user");
	}

}
