package io.github.authadapter.jpa;

import java.time.Instant;

import io.github.authadapter.AdapterSession;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JavaType;

/**
 * The columns of a session that every supported schema has. A session is identified by its token, which every schema
 * keeps unique; its subclasses fix the type of the user's id.
 *
 * @param <K> the type of the users' ids in the schema
 */
@MappedSuperclass
public abstract class AuthJsSessionColumns<K> extends AuthJsUserReference<K> {

	@Id
	@Column(name = AuthJsNames.SESSION_TOKEN)
	@JavaType(SecretStringJavaType.class)
	private String sessionToken = "";

	@Column(nullable = false)
	private Instant expires = Instant.EPOCH;

	public String getSessionToken() {
		return this.sessionToken;
	}

	public Instant getExpires() {
		return this.expires;
	}

	public void setExpires(Instant expires) {
		this.expires = expires;
	}

	/**
	 * Called, in its transaction, once {@code updateSession} has moved this session's expiry with an UPDATE statement
	 * that skips entity callbacks. Override it to change columns that an update must also set; a change here is
	 * written when the transaction commits.
	 * @param now the instant, by the adapter's clock
	 */
	protected void expiryMoved(Instant now) {
	}

	/**
	 * Copies every field of the session into this entity.
	 */
	public void copyFrom(AdapterSession session, Object userId) {
		assignUser(userId);
		this.expires = session.expires();
		this.sessionToken = session.sessionToken();
	}

	/**
	 * The session as the adapter returns it, without the application's own fields.
	 */
	public AdapterSession toAdapterSession() {
		return new AdapterSession(this.sessionToken, authJsUserId(), this.expires);
	}

}
