package io.github.authadapter.jpa;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Metamodel;

import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the sessions and verification tokens that have expired, which Auth.js's adapters leave in the tables for
 * ever. Each delete is one statement on the indexed {@code expires} column.
 */
public class ExpiredRowsCleaner {

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final String deleteSessions;

	private final String deleteVerificationTokens;

	public ExpiredRowsCleaner(EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactionManager) {
		Metamodel metamodel = entityManagerFactory.getMetamodel();
		AuthAdapterEntityTypes types = AuthAdapterEntityTypes.from(metamodel);
		this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
		this.transaction = new TransactionTemplate(transactionManager);
		this.deleteSessions = "delete from " + metamodel.entity(types.session()).getName()
				+ " s where s.expires < :now";
		this.deleteVerificationTokens = "delete from " + metamodel.entity(types.verificationToken()).getName()
				+ " t where t.expires < :now";
	}

	/**
	 * Deletes what expired before the given instant.
	 * @return how many sessions and verification tokens were deleted
	 */
	public Result deleteExpired(Instant now) {
		return this.transaction.execute((status) -> new Result(delete(this.deleteSessions, now),
				delete(this.deleteVerificationTokens, now)));
	}

	private int delete(String statement, Instant now) {
		return this.entityManager.createQuery(statement).setParameter("now", now).executeUpdate();
	}

	/**
	 * What one cleanup deleted.
	 *
	 * @param sessions the number of expired sessions
	 * @param verificationTokens the number of expired verification tokens
	 */
	public record Result(int sessions, int verificationTokens) {

	}

}
