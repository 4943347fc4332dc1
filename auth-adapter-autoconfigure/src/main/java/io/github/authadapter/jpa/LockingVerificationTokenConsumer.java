package io.github.authadapter.jpa;

import java.util.Optional;

import io.github.authadapter.VerificationToken;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * For databases without a deleting query, such as MySQL: reads the row under a write lock and deletes it in the same
 * transaction, so a concurrent consumer waits and then finds nothing.
 */
class LockingVerificationTokenConsumer implements VerificationTokenConsumer {

	private final Class<? extends AbstractVerificationTokenEntity> entityType;

	LockingVerificationTokenConsumer(Class<? extends AbstractVerificationTokenEntity> entityType) {
		this.entityType = entityType;
	}

	@Override
	public Optional<VerificationToken> consume(EntityManager entityManager, String identifier, String token) {
		AbstractVerificationTokenEntity entity = entityManager.find(this.entityType,
				new VerificationTokenId(identifier, token), LockModeType.PESSIMISTIC_WRITE);
		if (entity == null) {
			return Optional.empty();
		}
		entityManager.remove(entity);
		entityManager.flush();
		return Optional.of(entity.toVerificationToken());
	}

}
