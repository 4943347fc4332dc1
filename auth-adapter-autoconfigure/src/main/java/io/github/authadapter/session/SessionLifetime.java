package io.github.authadapter.session;

import java.time.Duration;
import java.time.Instant;

import io.github.authadapter.AdapterSession;

/**
 * How long a session lasts and how often its expiry moves forward, as Auth.js's {@code session.maxAge} and
 * {@code session.updateAge}: for a database session, how often its row is updated; for a JWT session, how often its
 * cookie is issued again.
 *
 * @param maxAge time after which an idle session expires
 * @param updateAge how often the expiry of a session in use is written again; zero writes it on every request
 */
public record SessionLifetime(Duration maxAge, Duration updateAge) {

	/**
	 * Auth.js's default maximum age of a session: 30 days.
	 */
	public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(30);

	/**
	 * Auth.js's default update age: 24 hours.
	 */
	public static final Duration DEFAULT_UPDATE_AGE = Duration.ofHours(24);

	public SessionLifetime {
		if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
			throw new IllegalArgumentException("maxAge must be positive, but was " + maxAge
					+ "; set auth.adapter.session.max-age to a duration such as 30d");
		}
		if (updateAge == null || updateAge.isNegative()) {
			throw new IllegalArgumentException("updateAge must not be negative, but was " + updateAge
					+ "; set auth.adapter.session.update-age to a duration such as 24h, or 0 to update on every request");
		}
		if (updateAge.compareTo(maxAge) > 0) {
			throw new IllegalArgumentException("updateAge (" + updateAge + ") must not exceed maxAge (" + maxAge
					+ "), or sessions would expire before they are extended");
		}
	}

	/**
	 * The lifetime with Auth.js's defaults.
	 */
	public static SessionLifetime defaults() {
		return new SessionLifetime(DEFAULT_MAX_AGE, DEFAULT_UPDATE_AGE);
	}

	/**
	 * The expiry of a session that starts or is extended at {@code now}.
	 */
	public Instant expiresFrom(Instant now) {
		return now.plus(this.maxAge);
	}

	public boolean isExpired(AdapterSession session, Instant now) {
		return !session.expires().isAfter(now);
	}

	/**
	 * Whether the session's expiry should be written again: Auth.js does so once {@code updateAge} has passed since
	 * the expiry was last set, that is when {@code expires - maxAge + updateAge <= now}.
	 */
	public boolean isDueForUpdate(AdapterSession session, Instant now) {
		return !session.expires().minus(this.maxAge).plus(this.updateAge).isAfter(now);
	}

	/**
	 * Whether a JWT session token issued at {@code issuedAt} should be issued again with a new expiry: once
	 * {@code updateAge} has passed since, by the rule of database sessions. Auth.js itself issues the token again on
	 * every request that reads it, which {@code updateAge} zero does too.
	 */
	public boolean isDueForReissue(Instant issuedAt, Instant now) {
		return !issuedAt.plus(this.updateAge).isAfter(now);
	}

}
