package io.github.authadapter.jpa;

import java.time.Instant;

import io.github.authadapter.AdapterSession;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * The columns of Auth.js's {@code sessions} table. Extend it with an {@code @Entity} of your own to add columns;
 * the adapter then uses your entity instead of {@link SessionEntity}.
 */
@MappedSuperclass
public abstract class AbstractSessionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "`userId`", nullable = false)
	private Long userId = 0L;

	@Column(nullable = false)
	private Instant expires = Instant.EPOCH;

	@Column(name = "`sessionToken`", nullable = false)
	private String sessionToken = "";

	public @Nullable Long getId() {
		return this.id;
	}

	public Long getUserId() {
		return this.userId;
	}

	public Instant getExpires() {
		return this.expires;
	}

	public void setExpires(Instant expires) {
		this.expires = expires;
	}

	public String getSessionToken() {
		return this.sessionToken;
	}

	/**
	 * Copies every field of the session into this entity.
	 */
	public void copyFrom(AdapterSession session, long userId) {
		this.userId = userId;
		this.expires = session.expires();
		this.sessionToken = session.sessionToken();
	}

	/**
	 * The session as the adapter returns it.
	 */
	public AdapterSession toAdapterSession() {
		return new AdapterSession(this.sessionToken, String.valueOf(this.userId), this.expires);
	}

}
