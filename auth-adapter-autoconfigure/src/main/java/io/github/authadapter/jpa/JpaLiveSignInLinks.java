package io.github.authadapter.jpa;

import java.time.Instant;
import java.util.List;

import io.github.authadapter.Arguments;
import io.github.authadapter.LiveSignInLinks;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link LiveSignInLinks} on the verification token entity of the persistence unit, whichever schema it maps: both
 * statements find the rows by the identifier, the first column of the table's primary key.
 */
public class JpaLiveSignInLinks implements LiveSignInLinks {

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final String tokenEntity;

	public JpaLiveSignInLinks(EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactionManager) {
		this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
		this.transaction = new TransactionTemplate(transactionManager);
		this.tokenEntity = entityManagerFactory.getMetamodel()
			.entity(AuthAdapterEntityTypes.from(entityManagerFactory.getMetamodel()).verificationToken())
			.getName();
	}

	@Override
	public int deleteAllButNewest(String identifier, int keep) {
		Arguments.requireText(identifier, "identifier");
		if (keep < 0) {
			throw new IllegalArgumentException("keep must not be negative, but was " + keep);
		}
		Integer deleted = this.transaction.execute((status) -> {
			// Every link lives equally long, so the one that expires last is the newest; a tie deletes one more.
			List<Instant> newestDropped = this.entityManager
				.createQuery("select v.expires from " + this.tokenEntity
						+ " v where v.identifier = :identifier order by v.expires desc", Instant.class)
				.setParameter("identifier", identifier)
				.setFirstResult(keep)
				.setMaxResults(1)
				.getResultList();
			if (newestDropped.isEmpty()) {
				return 0;
			}
			return this.entityManager
				.createQuery("delete from " + this.tokenEntity
						+ " v where v.identifier = :identifier and v.expires <= :expires")
				.setParameter("identifier", identifier)
				.setParameter("expires", newestDropped.get(0))
				.executeUpdate();
		});
		return (deleted != null) ? deleted : 0;
	}

}
