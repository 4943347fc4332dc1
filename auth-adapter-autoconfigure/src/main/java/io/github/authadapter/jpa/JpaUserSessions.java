package io.github.authadapter.jpa;

import java.util.List;

import io.github.authadapter.AdapterSession;
import io.github.authadapter.Arguments;
import io.github.authadapter.session.UserSessions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link UserSessions} on the session entity of the persistence unit.
 */
public class JpaUserSessions implements UserSessions {

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final String sessionEntity;

	public JpaUserSessions(EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactionManager) {
		this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
		this.transaction = new TransactionTemplate(transactionManager);
		AuthAdapterEntityTypes types = AuthAdapterEntityTypes.from(entityManagerFactory.getMetamodel());
		this.sessionEntity = entityManagerFactory.getMetamodel().entity(types.session()).getName();
	}

	@Override
	public List<AdapterSession> findByUserId(String userId) {
		Arguments.requireText(userId, "userId");
		return DatabaseIds.parse(userId).map((id) -> this.transaction.execute((status) -> {
			status.setRollbackOnly();
			return this.entityManager
				.createQuery("select s from " + this.sessionEntity + " s where s.userId = :userId order by s.expires",
						AbstractSessionEntity.class)
				.setParameter("userId", id)
				.getResultStream()
				.map(AbstractSessionEntity::toAdapterSession)
				.toList();
		})).orElse(List.of());
	}

	@Override
	public int deleteByUserId(String userId) {
		Arguments.requireText(userId, "userId");
		return DatabaseIds.parse(userId)
			.map((id) -> this.transaction.execute((status) -> this.entityManager
				.createQuery("delete from " + this.sessionEntity + " s where s.userId = :userId")
				.setParameter("userId", id)
				.executeUpdate()))
			.orElse(0);
	}

}
