package io.github.authadapter.session;

import java.time.Instant;

import io.github.authadapter.SessionDevice;
import org.jspecify.annotations.Nullable;

/**
 * A session as a user may see it on an account page: identified by a digest of its token, never by the token.
 *
 * @param id the SHA-256 of the session token, as hex
 * @param expires when the session ends unless used
 * @param current whether this is the session of the request that lists it
 * @param device its browser and when it started and was last used, or null where the schema keeps no devices
 */
public record ActiveSession(String id, Instant expires, boolean current, @Nullable SessionDevice device) {

	public ActiveSession {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("id must not be blank");
		}
		if (expires == null) {
			throw new IllegalArgumentException("expires must not be null");
		}
	}

	/**
	 * A session of a schema that keeps no devices.
	 */
	public ActiveSession(String id, Instant expires, boolean current) {
		this(id, expires, current, null);
	}

}
