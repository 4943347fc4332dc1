package io.github.authadapter;

import java.util.List;

import io.github.authadapter.AdapterSession;


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
	 * Deletes all of the user's sessions.
	 * @return how many were deleted
	 */
	int deleteByUserId(String userId);

}
