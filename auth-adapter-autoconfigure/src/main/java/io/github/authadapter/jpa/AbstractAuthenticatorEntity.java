package io.github.authadapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A WebAuthn authenticator of the starter's {@code authenticators} table. Extend it with an {@code @Entity} of your
 * own to add columns; the adapter then uses your entity instead of {@link AuthenticatorEntity}.
 */
@MappedSuperclass
public abstract class AbstractAuthenticatorEntity extends AuthJsAuthenticatorColumns {

	@Column(name = AuthJsNames.USER_ID, nullable = false)
	private Long userId = 0L;

	public Long getUserId() {
		return this.userId;
	}

	@Override
	public String authJsUserId() {
		return this.userId.toString();
	}

	@Override
	protected void assignUser(Object userId) {
		this.userId = (Long) userId;
	}

}
