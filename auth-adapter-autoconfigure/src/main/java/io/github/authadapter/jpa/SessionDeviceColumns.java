package io.github.authadapter.jpa;

import java.time.Instant;

import io.github.authadapter.SessionDevice;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * The device columns of the starter's {@code sessions} table, for an account page: the browser's User-Agent at
 * sign-in, when the session started and when its expiry last moved. Display only: the User-Agent is whatever the
 * browser sent, so nothing may be decided by it. The adapter writes the dates with the starter's clock. Other Auth.js
 * schemas lack these columns, and their entities do not map them.
 */
@Embeddable
public class SessionDeviceColumns {

	/**
	 * The most characters of a User-Agent that are kept, as the column holds.
	 */
	public static final int MAX_USER_AGENT_LENGTH = 512;

	static final String USER_AGENT_COLUMN = "user_agent";

	@Column(name = USER_AGENT_COLUMN, length = MAX_USER_AGENT_LENGTH)
	private @Nullable String userAgent;

	@Column(name = "created_at", updatable = false)
	private @Nullable Instant createdAt;

	@Column(name = "last_used_at")
	private @Nullable Instant lastUsedAt;

	public @Nullable String getUserAgent() {
		return this.userAgent;
	}

	public @Nullable Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	/**
	 * The columns as the contract's record.
	 */
	public SessionDevice toSessionDevice() {
		return new SessionDevice(this.userAgent, this.createdAt, this.lastUsedAt);
	}

	void started(Instant now) {
		this.createdAt = now;
		this.lastUsedAt = now;
	}

	void used(Instant now) {
		this.lastUsedAt = now;
	}

	/**
	 * The User-Agent as stored: at most {@link #MAX_USER_AGENT_LENGTH} characters, without control characters, and
	 * not cut inside a surrogate pair.
	 */
	static @Nullable String truncated(@Nullable String userAgent) {
		if (userAgent == null) {
			return null;
		}
		String printable = userAgent.replaceAll("\\p{Cntrl}", " ").strip();
		if (printable.isEmpty()) {
			return null;
		}
		if (printable.length() <= MAX_USER_AGENT_LENGTH) {
			return printable;
		}
		int end = MAX_USER_AGENT_LENGTH;
		if (Character.isHighSurrogate(printable.charAt(end - 1))) {
			end--;
		}
		return printable.substring(0, end);
	}

	/**
	 * An entity with these columns.
	 */
	public interface Owner {

		/**
		 * The entity's device columns.
		 */
		SessionDeviceColumns device();

	}

}
