package io.github.authadapter.jpa;

import java.util.List;

import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;
import org.jspecify.annotations.Nullable;

/**
 * The entity classes that map the Auth.js tables: the defaults of the schema preset, or an application's subclasses.
 *
 * @param user the entity of the users table
 * @param account the entity of the accounts table
 * @param session the entity of the sessions table
 * @param verificationToken the entity of the verification tokens table
 * @param authenticator the entity of the authenticators table, null for a schema without one
 */
public record AuthAdapterEntityTypes(Class<? extends AuthJsUserColumns> user,
		Class<? extends AuthJsAccountColumns> account, Class<? extends AuthJsSessionColumns> session,
		Class<? extends AbstractVerificationTokenEntity> verificationToken,
		@Nullable Class<? extends AuthJsAuthenticatorColumns> authenticator) {

	/**
	 * The classes that every entity of a table extends, one per table, in the order of the components.
	 */
	public static final List<Class<?>> ROOT_CLASSES = List.of(AuthJsUserColumns.class, AuthJsAccountColumns.class,
			AuthJsSessionColumns.class, AbstractVerificationTokenEntity.class, AuthJsAuthenticatorColumns.class);

	/**
	 * Finds, for each table, the one entity of the persistence unit that maps it.
	 * @throws IllegalStateException if a table other than the authenticators has no entity, or one has several
	 */
	public static AuthAdapterEntityTypes from(Metamodel metamodel) {
		return new AuthAdapterEntityTypes(required(metamodel, AuthJsUserColumns.class),
				required(metamodel, AuthJsAccountColumns.class), required(metamodel, AuthJsSessionColumns.class),
				required(metamodel, AbstractVerificationTokenEntity.class),
				find(metamodel, AuthJsAuthenticatorColumns.class));
	}

	private static <T> Class<? extends T> required(Metamodel metamodel, Class<T> root) {
		Class<? extends T> type = find(metamodel, root);
		if (type == null) {
			throw new IllegalStateException("No entity in the persistence unit extends " + root.getSimpleName()
					+ ". Declare an @Entity subclass of it, or let auth-adapter register its default entity.");
		}
		return type;
	}

	@SuppressWarnings("unchecked")
	private static <T> @Nullable Class<? extends T> find(Metamodel metamodel, Class<T> root) {
		List<Class<?>> candidates = metamodel.getEntities()
			.stream()
			.<Class<?>>map(EntityType::getJavaType)
			.filter(root::isAssignableFrom)
			.filter((type) -> metamodel.getEntities()
				.stream()
				.noneMatch((other) -> other.getJavaType() != type && type.isAssignableFrom(other.getJavaType())))
			.toList();
		if (candidates.size() > 1) {
			throw new IllegalStateException("Expected one entity that extends " + root.getSimpleName()
					+ " in the persistence unit, but found " + candidates + ". Keep only the one that maps the table.");
		}
		return candidates.isEmpty() ? null : (Class<? extends T>) candidates.get(0);
	}

}
