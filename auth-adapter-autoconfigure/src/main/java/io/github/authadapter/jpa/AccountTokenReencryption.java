package io.github.authadapter.jpa;

import java.util.List;

import io.github.authadapter.AdapterAccount;
import io.github.authadapter.encryption.TokenCipher;
import io.github.authadapter.encryption.TokenDecryptionException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rewrites the stored tokens of every account that are not yet in the form the cipher writes: plaintext, the
 * {@code enc:v1:} format bound to no account, or a previous key. Run it once after turning encryption on, after
 * rotating the key, or before refusing legacy values; it may run again, and on several instances at once.
 */
public class AccountTokenReencryption {

	/**
	 * The default number of accounts read and rewritten in one transaction.
	 */
	public static final int DEFAULT_BATCH_SIZE = 500;

	private static final Log logger = LogFactory.getLog(AccountTokenReencryption.class);

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final Class<? extends AuthJsAccountColumns> accountType;

	private final TokenCipher tokenCipher;

	/**
	 * Creates the rewriter.
	 * @param entityManager a shared, transaction-bound entity manager
	 * @param transactionManager the transaction manager of that entity manager
	 * @param types the entities of the tables
	 * @param tokenCipher the cipher of the adapter
	 */
	public AccountTokenReencryption(EntityManager entityManager, PlatformTransactionManager transactionManager,
			AuthAdapterEntityTypes types, TokenCipher tokenCipher) {
		this.entityManager = entityManager;
		this.transaction = new TransactionTemplate(transactionManager);
		this.accountType = types.account();
		this.tokenCipher = tokenCipher;
	}

	/**
	 * Creates the rewriter of the accounts of the persistence unit.
	 * @param entityManagerFactory the factory of the persistence unit that maps the Auth.js tables
	 * @param transactionManager the transaction manager of that persistence unit
	 * @param tokenCipher the cipher of the adapter
	 */
	public static AccountTokenReencryption create(EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactionManager, TokenCipher tokenCipher) {
		return new AccountTokenReencryption(SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory),
				transactionManager, AuthAdapterEntityTypes.from(entityManagerFactory.getMetamodel()), tokenCipher);
	}

	/**
	 * Rewrites every account that needs it, {@value #DEFAULT_BATCH_SIZE} accounts per transaction.
	 */
	public Result reencryptAll() {
		return reencryptAll(DEFAULT_BATCH_SIZE);
	}

	/**
	 * Rewrites every account that needs it, the given number of accounts per transaction. An account whose tokens
	 * cannot be decrypted is left as it is, with one warning that names it and the key id.
	 */
	public Result reencryptAll(int batchSize) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("batchSize must be at least 1, but was " + batchSize);
		}
		Result total = new Result(0, 0);
		Batch batch = null;
		do {
			Batch previous = batch;
			batch = this.transaction.execute((status) -> rewrite(batchSize, (previous != null) ? previous.last() : null));
			total = total.plus(batch.result());
		}
		while (batch.last() != null);
		logger.info("Re-encrypted the tokens of " + total.rewritten() + " accounts; " + total.failed()
				+ " could not be decrypted");
		return total;
	}

	// Keyset pagination on the natural key, which a rewrite leaves as it is, so no account is read twice. The rows are
	// locked: an OAuth sign-in that writes new tokens meanwhile must not be overwritten with the old ones rewritten.
	private Batch rewrite(int batchSize, @Nullable ProviderAccountKey after) {
		String name = this.entityManager.getMetamodel().entity(this.accountType).getName();
		TypedQuery<? extends AuthJsAccountColumns> query = this.entityManager
			.createQuery("select a from " + name + " a"
					+ ((after != null) ? " where a.provider > :provider or (a.provider = :provider"
							+ " and a.providerAccountId > :providerAccountId)" : "")
					+ " order by a.provider, a.providerAccountId", this.accountType)
			.setMaxResults(batchSize)
			.setLockMode(LockModeType.PESSIMISTIC_WRITE);
		if (after != null) {
			query.setParameter("provider", after.provider()).setParameter("providerAccountId", after.providerAccountId());
		}
		List<? extends AuthJsAccountColumns> accounts = query.getResultList();
		int rewritten = 0;
		int failed = 0;
		for (AuthJsAccountColumns entity : accounts) {
			AdapterAccount stored = entity.toAdapterAccount();
			if (!needsReencryption(stored)) {
				continue;
			}
			try {
				entity.copyTokensFrom(this.tokenCipher.encryptTokens(this.tokenCipher.decryptTokens(stored)));
				rewritten++;
			}
			catch (TokenDecryptionException ex) {
				logger.warn("Left as it is: " + ex.getMessage());
				failed++;
			}
		}
		this.entityManager.flush();
		AuthJsAccountColumns last = (accounts.size() < batchSize) ? null : accounts.get(accounts.size() - 1);
		return new Batch(new Result(rewritten, failed),
				(last != null) ? new ProviderAccountKey(last.getProvider(), last.getProviderAccountId()) : null);
	}

	private boolean needsReencryption(AdapterAccount stored) {
		for (String value : new String[] { stored.refresh_token(), stored.access_token(), stored.id_token() }) {
			if (value != null && this.tokenCipher.needsReencryption(value)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What a run did.
	 *
	 * @param rewritten the number of accounts whose tokens were rewritten
	 * @param failed the number of accounts left as they were, because a token could not be decrypted
	 */
	public record Result(int rewritten, int failed) {

		Result plus(Result other) {
			return new Result(this.rewritten + other.rewritten, this.failed + other.failed);
		}

	}

	/**
	 * What a batch did, and the key of its last account when there may be more.
	 */
	private record Batch(Result result, @Nullable ProviderAccountKey last) {

	}

	private record ProviderAccountKey(String provider, String providerAccountId) {

	}

}
