package io.github.authadapter.jpa;

import java.util.List;

import io.github.authadapter.jpa.prisma.PrismaAccountEntity;
import io.github.authadapter.jpa.prisma.PrismaAuthenticatorEntity;
import io.github.authadapter.jpa.prisma.PrismaSessionEntity;
import io.github.authadapter.jpa.prisma.PrismaUserEntity;
import io.github.authadapter.jpa.prisma.PrismaVerificationTokenEntity;

/**
 * Which schema the Auth.js tables follow, and so which default entities map them.
 */
public enum SchemaPreset {

	/**
	 * The starter's own schema, created by its migrations: the names of @auth/pg-adapter with keys, foreign keys,
	 * unique constraints and indexes.
	 */
	AUTH_ADAPTER(List.of(UserEntity.class, AccountEntity.class, SessionEntity.class, VerificationTokenEntity.class,
			AuthenticatorEntity.class)),

	/**
	 * The schema that @auth/pg-adapter documents and an Auth.js app created: the same names, serial ids, no
	 * constraints, and no authenticators table.
	 */
	PG_ADAPTER(List.of(UserEntity.class, AccountEntity.class, SessionEntity.class, VerificationTokenEntity.class)),

	/**
	 * The schema of @auth/prisma-adapter on PostgreSQL: quoted PascalCase tables, text ids, timestamps in UTC.
	 */
	PRISMA(List.of(PrismaUserEntity.class, PrismaAccountEntity.class, PrismaSessionEntity.class,
			PrismaVerificationTokenEntity.class, PrismaAuthenticatorEntity.class));

	private final List<Class<?>> defaultEntities;

	SchemaPreset(List<Class<?>> defaultEntities) {
		this.defaultEntities = defaultEntities;
	}

	/**
	 * The entities that map this schema's tables unless the application declares its own.
	 */
	public List<Class<?>> defaultEntities() {
		return this.defaultEntities;
	}

	/**
	 * Whether the starter's migrations create this schema; otherwise another application owns it.
	 */
	public boolean isCreatedByTheStarter() {
		return this == AUTH_ADAPTER;
	}

}
