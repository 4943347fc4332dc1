package io.github.authadapter.jpa;

import java.util.Optional;

import io.github.authadapter.Arguments;
import io.github.authadapter.AuthenticatorUse;
import io.github.authadapter.AuthenticatorUses;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link AuthenticatorUses} on the authenticator entity of the persistence unit, empty for an entity without the
 * date columns or a schema without an authenticators table.
 */
public class JpaAuthenticatorUses implements AuthenticatorUses {

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final @Nullable Class<? extends AuthJsAuthenticatorColumns> authenticatorEntity;

	public JpaAuthenticatorUses(EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactionManager) {
		this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
		this.transaction = new TransactionTemplate(transactionManager);
		Class<? extends AuthJsAuthenticatorColumns> type = AuthAdapterEntityTypes
			.from(entityManagerFactory.getMetamodel())
			.authenticator();
		this.authenticatorEntity = (type != null && AuthenticatorUseColumns.Owner.class.isAssignableFrom(type)) ? type
				: null;
	}

	@Override
	public Optional<AuthenticatorUse> findByCredentialId(String credentialID) {
		Arguments.requireText(credentialID, "credentialID");
		Class<? extends AuthJsAuthenticatorColumns> type = this.authenticatorEntity;
		if (type == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.transaction.execute((status) -> {
			status.setRollbackOnly();
			AuthJsAuthenticatorColumns entity = this.entityManager.find(type, credentialID);
			return (entity != null) ? ((AuthenticatorUseColumns.Owner) entity).use().toAuthenticatorUse() : null;
		}));
	}

}
