package io.github.authadapter.jpa.prisma;

import java.util.List;

/**
 * The default entities of the schema that @auth/prisma-adapter creates.
 */
public final class PrismaEntities {

	private PrismaEntities() {
	}

	public static List<Class<?>> all() {
		return List.of(PrismaUserEntity.class, PrismaAccountEntity.class, PrismaSessionEntity.class,
				PrismaVerificationTokenEntity.class, PrismaAuthenticatorEntity.class);
	}

}
