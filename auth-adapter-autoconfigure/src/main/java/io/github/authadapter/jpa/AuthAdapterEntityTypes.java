package io.github.authadapter.jpa;

import java.util.List;

import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;

/**
 * The entity classes that map the five Auth.js tables: the defaults, or an application's subclasses of the
 * {@code Abstract...Entity} base classes.
 *
 * @param user the entity of the users table
 * @param account the entity of the accounts table
 * @param session the entity of the sessions table
 * @param verificationToken the entity of the verification_token table
 * @param authenticator the entity of the authenticators table
 */
public record AuthAdapterEntityTypes(Class<? extends AbstractUserEntity> user,
		Class<? extends AbstractAccountEntity> account, Class<? extends AbstractSessionEntity> session,
		Class<? extends AbstractVerificationTokenEntity> verificationToken,
		Class<? extends AbstractAuthenticatorEntity> authenticator) {

	/**
	 * The base classes, one per table, in the order of the components.
	 */
	public static final List<Class<?>> BASE_CLASSES = List.of(AbstractUserEntity.class, AbstractAccountEntity.class,
			AbstractSessionEntity.class, AbstractVerificationTokenEntity.class, AbstractAuthenticatorEntity.class);

	/**
	 * The default entities, one per table, in the order of the components.
	 */
	public static final List<Class<?>> DEFAULT_ENTITIES = List.of(UserEntity.class, AccountEntity.class,
			SessionEntity.class, VerificationTokenEntity.class, AuthenticatorEntity.class);

	/**
	 * Finds, for each table, the one entity of the persistence unit that extends its base class.
	 * @throws IllegalStateException if a table has no entity or more than one
	 */
	public static AuthAdapterEntityTypes from(Metamodel metamodel) {
		return new AuthAdapterEntityTypes(find(metamodel, AbstractUserEntity.class),
				find(metamodel, AbstractAccountEntity.class), find(metamodel, AbstractSessionEntity.class),
				find(metamodel, AbstractVerificationTokenEntity.class),
				find(metamodel, AbstractAuthenticatorEntity.class));
	}

	@SuppressWarnings("unchecked")
	private static <T> Class<? extends T> find(Metamodel metamodel, Class<T> base) {
		List<Class<?>> candidates = metamodel.getEntities()
			.stream()
			.<Class<?>>map(EntityType::getJavaType)
			.filter(base::isAssignableFrom)
			.filter((type) -> metamodel.getEntities()
				.stream()
				.noneMatch((other) -> other.getJavaType() != type && type.isAssignableFrom(other.getJavaType())))
			.toList();
		if (candidates.size() != 1) {
			throw new IllegalStateException("Expected exactly one entity that extends " + base.getSimpleName()
					+ " in the persistence unit, but found " + candidates + ". Declare one @Entity subclass of "
					+ base.getSimpleName() + " or let auth-adapter register its default entity.");
		}
		return (Class<? extends T>) candidates.get(0);
	}

}
