package io.github.authadapter.jpa;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * An account of a schema with text user ids, such as Prisma's and Drizzle's, whose {@code expires_at} is a 32-bit
 * integer.
 */
@MappedSuperclass
// Prisma's Int and Drizzle's integer are 32 bits, which ends in 2038 as seconds since the epoch.
@AttributeOverride(name = "expiresAt", column = @Column(name = "expires_at", columnDefinition = "int4"))
public abstract class TextIdAccountColumns extends AuthJsAccountColumns {

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
