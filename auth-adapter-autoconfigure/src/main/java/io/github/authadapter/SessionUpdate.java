package io.github.authadapter;

import java.time.Instant;

/**
 * A change of a session's expiry, the one field of a session that Auth.js updates.
 *
 * @param sessionToken the token of the session to update
 * @param expires the new expiry
 */
public record SessionUpdate(String sessionToken, Instant expires) {

	public SessionUpdate {
		Arguments.requireText(sessionToken, "sessionToken");
		Arguments.requireValue(expires, "expires");
	}

	@Override
	public String toString() {
		return "SessionUpdate[expires=" + this.expires + ", sessionToken hidden]";
	}

}
