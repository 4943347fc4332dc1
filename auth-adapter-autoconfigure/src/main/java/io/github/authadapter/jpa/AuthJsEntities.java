package io.github.authadapter.jpa;

import java.util.List;

/**
 * The default entities of the schema with @auth/pg-adapter's names: the starter's own, and the one an Auth.js app
 * created, which has no authenticators table.
 */
public final class AuthJsEntities {

	private AuthJsEntities() {
	}

	public static List<Class<?>> starterSchema() {
		return List.of(UserEntity.class, AccountEntity.class, SessionEntity.class, VerificationTokenEntity.class,
				AuthenticatorEntity.class);
	}

	public static List<Class<?>> pgAdapterSchema() {
		return List.of(UserEntity.class, AccountEntity.class, SessionEntity.class, VerificationTokenEntity.class);
	}

}
