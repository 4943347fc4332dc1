package io.github.authadapter.jpa.prisma;

import io.github.authadapter.jpa.AuthJsNames;
import io.github.authadapter.jpa.AuthJsSessionColumns;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns of Prisma's {@code "Session"} table that every version of its schema has.
 */
@MappedSuperclass
public abstract class PrismaSessionColumns extends AuthJsSessionColumns {

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
