package io.github.authadapter.jpa;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * A user of a schema with text ids that the application generates, such as Prisma's and Drizzle's: the id and
 * Auth.js's columns.
 */
@MappedSuperclass
public abstract class TextIdUserColumns extends AuthJsUserColumns {

	@Id
	private @Nullable String id;

	@Override
	public @Nullable String authJsId() {
		return this.id;
	}

	@Override
	protected void assignId(String id) {
		this.id = id;
	}

}
