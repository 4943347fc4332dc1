package io.github.authadapter.jpa.prisma;

import io.github.authadapter.jpa.AuthJsAccountColumns;
import io.github.authadapter.jpa.AuthJsNames;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns of Prisma's {@code "Account"} table that every version of its schema has.
 */
@MappedSuperclass
// Prisma's Int is a 32-bit integer, which ends in 2038 as seconds since the epoch.
@AttributeOverride(name = "expiresAt", column = @Column(name = "expires_at", columnDefinition = "int4"))
public abstract class PrismaAccountColumns extends AuthJsAccountColumns {

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
