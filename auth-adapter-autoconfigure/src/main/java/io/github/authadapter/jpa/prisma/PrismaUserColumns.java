package io.github.authadapter.jpa.prisma;

import io.github.authadapter.jpa.AuthJsUserColumns;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * The columns of Prisma's {@code "User"} table that every version of its schema has: a text id that the application
 * generates, and Auth.js's columns.
 */
@MappedSuperclass
public abstract class PrismaUserColumns extends AuthJsUserColumns {

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
