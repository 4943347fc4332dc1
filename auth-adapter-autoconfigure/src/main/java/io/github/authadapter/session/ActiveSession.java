package io.github.authadapter.session;

import java.time.Instant;

/**
 * A session as a user may see it on an account page: identified by a digest of its token, never by the token.
 *
 * @param id the SHA-256 of the session token, as hex
 * @param expires when the session ends unless used
 * @param current whether this is the session of the request that lists it
 */
public record ActiveSession(String id, Instant expires, boolean current) {

	public ActiveSession {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("id must not be blank");
		}
		if (expires == null) {
			throw new IllegalArgumentException("expires must not be null");
		}
	}

}
