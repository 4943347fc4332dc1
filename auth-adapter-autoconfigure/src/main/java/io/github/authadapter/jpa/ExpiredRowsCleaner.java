package io.github.authadapter.jpa;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the sessions and verification tokens that have expired, which Auth.js's adapters leave in the tables for
 * ever. It deletes in batches of a bounded size, each in a short transaction of its own, so that it never holds many
 * locks for long; and where the database can, a batch skips rows that a cleaner in another instance of the
 * application has locked, so that several instances may run it at once.
 */
public class ExpiredRowsCleaner {

	/**
	 * The logical name of the sessions table, whatever its name in the database.
	 */
	public static final String SESSIONS = "sessions";

	/**
	 * The logical name of the verification tokens table, whatever its name in the database.
	 */
	public static final String VERIFICATION_TOKENS = "verification_tokens";

	private static final Log logger = LogFactory.getLog(ExpiredRowsCleaner.class);

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final int batchSize;

	private final ExpiredRowsListener listener;

	private final ExpiringTable sessions;

	private final ExpiringTable verificationTokens;

	/**
	 * Creates a cleaner for the Auth.js tables of a persistence unit.
	 * @param entityManagerFactory the factory of the persistence unit that maps the Auth.js tables
	 * @param transactionManager the transaction manager of that persistence unit
	 * @param batchSize the most rows that one statement deletes
	 * @param listener told about each batch
	 */
	public ExpiredRowsCleaner(EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactionManager,
			int batchSize, ExpiredRowsListener listener) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("batchSize must be at least 1, but was " + batchSize);
		}
		AuthAdapterEntityTypes types = AuthAdapterEntityTypes.from(entityManagerFactory.getMetamodel());
		SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		DatabaseDialect dialect = DatabaseDialect.of(entityManagerFactory);
		this.sessions = ExpiringTable.of(SESSIONS, sessionFactory, types.session(), dialect);
		this.verificationTokens = ExpiringTable.of(VERIFICATION_TOKENS, sessionFactory, types.verificationToken(),
				dialect);
		this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
		this.transaction = new TransactionTemplate(transactionManager);
		// Each batch commits on its own, even when the caller runs in a transaction, so that its locks go at once.
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.batchSize = batchSize;
		this.listener = listener;
	}

	/**
	 * Deletes what expired before the given instant, batch by batch, until a batch finds fewer rows than the batch
	 * size.
	 * @return how many sessions and verification tokens this cleaner deleted
	 */
	public Result deleteExpired(Instant now) {
		long start = System.nanoTime();
		Result result = new Result(deleteExpired(this.sessions, now), deleteExpired(this.verificationTokens, now));
		Duration duration = Duration.ofNanos(System.nanoTime() - start);
		if (result.sessions() > 0 || result.verificationTokens() > 0) {
			logger.info(result.describe(duration));
		}
		else if (logger.isDebugEnabled()) {
			logger.debug(result.describe(duration));
		}
		return result;
	}

	private long deleteExpired(ExpiringTable table, Instant now) {
		long total = 0;
		int deleted;
		do {
			deleted = this.transaction
				.execute((status) -> table.deleteBatch(this.entityManager, now, this.batchSize));
			total += deleted;
			this.listener.deleted(table.name(), deleted);
		}
		while (deleted == this.batchSize);
		return total;
	}

	/**
	 * What one cleanup deleted.
	 *
	 * @param sessions the number of expired sessions
	 * @param verificationTokens the number of expired verification tokens
	 */
	public record Result(long sessions, long verificationTokens) {

		String describe(Duration duration) {
			return "Deleted " + this.sessions + " expired sessions and " + this.verificationTokens
					+ " expired verification tokens in " + duration.toMillis() + " ms";
		}

	}

}
