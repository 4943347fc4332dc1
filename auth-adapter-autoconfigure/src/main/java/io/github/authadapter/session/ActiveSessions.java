package io.github.authadapter.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.SessionDevice;
import io.github.authadapter.UserSessions;


/**
 * Lists and revokes the sessions of a signed-in user. Sessions are named by a digest of their token, so that a page
 * can offer to revoke a session without revealing the secret that would let someone use it.
 */
public class ActiveSessions {

	private final Adapter adapter;

	private final UserSessions userSessions;

	private final Clock clock;

	public ActiveSessions(Adapter adapter, UserSessions userSessions, Clock clock) {
		this.adapter = adapter;
		this.userSessions = userSessions;
		this.clock = clock;
	}

	/**
	 * The user's sessions that have not expired, the given one first.
	 * @param userId the user
	 * @param currentSessionToken the token of the session of this request
	 */
	public List<ActiveSession> list(String userId, String currentSessionToken) {
		Instant now = this.clock.instant();
		Map<String, SessionDevice> devices = this.userSessions.findDevicesByUserId(userId);
		return this.userSessions.findByUserId(userId)
			.stream()
			.filter((session) -> session.expires().isAfter(now))
			.map((session) -> new ActiveSession(idOf(session.sessionToken()), session.expires(),
					session.sessionToken().equals(currentSessionToken), devices.get(session.sessionToken())))
			.sorted(Comparator.comparing(ActiveSession::current)
				.reversed()
				.thenComparing(ActiveSession::expires, Comparator.reverseOrder()))
			.toList();
	}

	/**
	 * Deletes the user's session with the given id. Ids of other users' sessions are ignored.
	 * @return whether a session was deleted
	 */
	public boolean revoke(String userId, String sessionId) {
		for (AdapterSession session : this.userSessions.findByUserId(userId)) {
			if (MessageDigest.isEqual(idOf(session.sessionToken()).getBytes(StandardCharsets.US_ASCII),
					sessionId.getBytes(StandardCharsets.US_ASCII))) {
				this.adapter.deleteSession(session.sessionToken());
				return true;
			}
		}
		return false;
	}

	/**
	 * Deletes all of the user's sessions, signing the user out on every device.
	 * @return how many sessions were deleted
	 */
	public int revokeAll(String userId) {
		return this.userSessions.deleteByUserId(userId);
	}

	/**
	 * The public id of a session: the SHA-256 of its token, as hex.
	 */
	public static String idOf(String sessionToken) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(sessionToken.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
