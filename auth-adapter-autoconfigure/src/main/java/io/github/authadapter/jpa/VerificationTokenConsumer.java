package io.github.authadapter.jpa;

import java.util.Optional;

import io.github.authadapter.VerificationToken;
import jakarta.persistence.EntityManager;

/**
 * Deletes a verification token and returns it, so that of two concurrent consumers at most one gets it. Each
 * database does this its own way, which its {@link DatabaseDialect} knows.
 */
public interface VerificationTokenConsumer {

	/**
	 * Consumes the token inside the caller's transaction.
	 */
	Optional<VerificationToken> consume(EntityManager entityManager, String identifier, String token);

	/**
	 * Whether {@link #consume} needs a transaction to be atomic; one statement is atomic on its own, and a
	 * transaction around it would only add round trips to the database.
	 */
	default boolean needsTransaction() {
		return true;
	}

	/**
	 * A read under a write lock and a delete in one transaction, for any database with row locks, such as MySQL.
	 */
	static VerificationTokenConsumer locking(Class<? extends AbstractVerificationTokenEntity> entityType) {
		return new LockingVerificationTokenConsumer(entityType);
	}

}
