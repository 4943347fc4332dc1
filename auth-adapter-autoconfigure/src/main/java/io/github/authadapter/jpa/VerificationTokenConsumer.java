package io.github.authadapter.jpa;

import java.util.Optional;

import io.github.authadapter.VerificationToken;
import jakarta.persistence.EntityManager;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;

/**
 * Deletes a verification token and returns it, so that of two concurrent consumers at most one gets it. Each
 * database does this its own way.
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
	 * One {@code DELETE ... RETURNING} statement, for PostgreSQL and MariaDB.
	 */
	static VerificationTokenConsumer deleteReturning(String tableName) {
		return new DeleteReturningVerificationTokenConsumer(tableName);
	}

	/**
	 * One {@code SELECT ... FROM OLD TABLE (DELETE ...)} statement, for H2.
	 */
	static VerificationTokenConsumer h2DeltaTable(String tableName) {
		return new H2DeltaTableVerificationTokenConsumer(tableName);
	}

	/**
	 * A read under a write lock and a delete in one transaction, for any database with row locks, such as MySQL.
	 */
	static VerificationTokenConsumer locking(Class<? extends AbstractVerificationTokenEntity> entityType) {
		return new LockingVerificationTokenConsumer(entityType);
	}

	/**
	 * Picks the consumer for the database that Hibernate's dialect speaks to.
	 */
	static VerificationTokenConsumer forDialect(Dialect dialect,
			Class<? extends AbstractVerificationTokenEntity> entityType, String tableName) {
		if (dialect instanceof PostgreSQLDialect || dialect instanceof MariaDBDialect) {
			return deleteReturning(tableName);
		}
		if (dialect instanceof H2Dialect) {
			return h2DeltaTable(tableName);
		}
		return locking(entityType);
	}

}
