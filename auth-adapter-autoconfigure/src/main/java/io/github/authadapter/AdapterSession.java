package io.github.authadapter;

import java.time.Instant;

/**
 * A database session.
 *
 * @param sessionToken the secret that the session cookie carries
 * @param userId the id of the signed-in user
 * @param expires when the session ends
 */
public record AdapterSession(String sessionToken, String userId, Instant expires) {

	public AdapterSession {
		Arguments.requireText(sessionToken, "sessionToken");
		Arguments.requireText(userId, "userId");
		Arguments.requireValue(expires, "expires");
	}

	@Override
	public String toString() {
		return "AdapterSession[userId=" + this.userId + ", expires=" + this.expires + ", sessionToken hidden]";
	}

}
