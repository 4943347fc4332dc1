package io.github.authadapter.jpa;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.CallbackPreferringPlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A {@link TransactionTemplate} that throws the failure of the work, not that of the rollback after it. When the
 * database goes away mid-transaction the rollback fails too, on a connection the pool has already closed, and
 * {@code TransactionTemplate} would throw that second failure, which no longer says that the database was
 * unreachable. The rollback's failure is kept as a suppressed exception.
 */
public class FirstFailureTransactionTemplate extends TransactionTemplate {

	public FirstFailureTransactionTemplate(PlatformTransactionManager transactionManager) {
		super(transactionManager);
	}

	@Override
	public <T> @Nullable T execute(TransactionCallback<T> action) {
		PlatformTransactionManager manager = getTransactionManager();
		if (manager == null || manager instanceof CallbackPreferringPlatformTransactionManager) {
			return super.execute(action);
		}
		TransactionStatus status = manager.getTransaction(this);
		T result;
		try {
			result = action.doInTransaction(status);
		}
		catch (RuntimeException | Error ex) {
			try {
				manager.rollback(status);
			}
			catch (RuntimeException | Error rollbackFailure) {
				ex.addSuppressed(rollbackFailure);
			}
			throw ex;
		}
		manager.commit(status);
		return result;
	}

}
