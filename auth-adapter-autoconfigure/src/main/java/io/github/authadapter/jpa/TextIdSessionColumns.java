package io.github.authadapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A session of a schema with text user ids, such as Prisma's and Drizzle's.
 */
@MappedSuperclass
public abstract class TextIdSessionColumns extends AuthJsSessionColumns {

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
