package io.github.authadapter.jpa;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A WebAuthn authenticator of a schema with text user ids, such as Prisma's and Drizzle's, whose counter is a 32-bit
 * integer.
 */
@MappedSuperclass
@AttributeOverride(name = "counter", column = @Column(name = "counter", columnDefinition = "int4", nullable = false))
public abstract class TextIdAuthenticatorColumns extends AuthJsAuthenticatorColumns {

	@Column(name = AuthJsNames.USER_ID, nullable = false)
	private String userId = "";

	@Override
	public String authJsUserId() {
		return this.userId;
	}

	@Override
	protected void assignUser(Object userId) {
		this.userId = (String) userId;
	}

}
