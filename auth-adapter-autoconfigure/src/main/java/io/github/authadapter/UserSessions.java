package io.github.authadapter;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The sessions of one user, beyond the single-session operations of the {@link io.github.authadapter.Adapter}: for
 * listing a user's devices and for signing out everywhere.
 */
public interface UserSessions {

	/**
	 * The user's sessions, expired ones included, soonest expiry first.
	 */
	List<AdapterSession> findByUserId(String userId);

	/**
	 * The devices of the user's sessions, by session token, where the schema keeps them: the starter's own does;
	 * others, such as those of the ORM presets, may have no such columns, and then the map is empty.
	 */
	default Map<String, SessionDevice> findDevicesByUserId(String userId) {
		return Map.of();
	}

	/**
	 * Keeps the browser's User-Agent as the device of a session that a sign-in has just created, where the schema
	 * keeps devices; elsewhere it does nothing. For display only: the browser can send anything there.
	 */
	default void recordUserAgent(String sessionToken, @Nullable String userAgent) {
	}

	/**
	 * Deletes all of the user's sessions.
	 * @return how many were deleted
	 */
	int deleteByUserId(String userId);

}
