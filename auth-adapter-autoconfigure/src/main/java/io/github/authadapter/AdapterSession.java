package io.github.authadapter;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A database session.
 *
 * @param sessionToken the secret that the session cookie carries
 * @param userId the id of the signed-in user
 * @param expires when the session ends
 * @param attributes the application's own fields, by the names of its entity's fields
 */
public record AdapterSession(String sessionToken, String userId, Instant expires,
		Map<String, @Nullable Object> attributes) {

	public AdapterSession {
		Arguments.requireText(sessionToken, "sessionToken");
		Arguments.requireText(userId, "userId");
		Arguments.requireValue(expires, "expires");
		attributes = Attributes.copyOf(attributes);
	}

	/**
	 * A session without fields of the application's own.
	 */
	public AdapterSession(String sessionToken, String userId, Instant expires) {
		this(sessionToken, userId, expires, Map.of());
	}

	/**
	 * This session with the given fields of the application's own instead of its current ones.
	 */
	public AdapterSession withAttributes(Map<String, ? extends @Nullable Object> attributes) {
		return new AdapterSession(this.sessionToken, this.userId, this.expires, Attributes.copyOf(attributes));
	}

	@Override
	public String toString() {
		return "AdapterSession[userId=" + this.userId + ", expires=" + this.expires + ", attributes="
				+ this.attributes + ", sessionToken hidden]";
	}

}
