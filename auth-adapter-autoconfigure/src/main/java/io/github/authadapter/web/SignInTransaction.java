package io.github.authadapter.web;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionOperations;

/**
 * Runs the writes of one sign-in, such as the new user, its account and its session, as one unit, so that a failure
 * part-way leaves none of them behind. A bean of its own type, apart from the application's
 * {@code TransactionTemplate}, so that an application can choose how sign-ins run: for an adapter that takes part in no
 * transaction, {@code SignInTransaction.of(TransactionOperations.withoutTransaction())}, and a sign-in then undoes what
 * it can itself.
 */
public final class SignInTransaction {

	private final TransactionOperations transactions;

	private SignInTransaction(TransactionOperations transactions) {
		this.transactions = transactions;
	}

	/**
	 * Runs the writes with the given operations: in a transaction of the adapter's transaction manager, or with
	 * {@link TransactionOperations#withoutTransaction()} one by one.
	 */
	public static SignInTransaction of(TransactionOperations transactions) {
		if (transactions == null) {
			throw new IllegalArgumentException("transactions must not be null; use TransactionOperations.withoutTransaction()");
		}
		return new SignInTransaction(transactions);
	}

	/**
	 * Runs the steps, in one transaction if there is one, which a runtime exception from the steps rolls back.
	 */
	public <T> T execute(Supplier<T> steps) {
		T result = this.transactions.execute((status) -> steps.get());
		if (result == null) {
			throw new IllegalStateException("A sign-in step returned nothing");
		}
		return result;
	}

	/**
	 * Whether a failure of {@link #execute(Supplier)} undoes every write of its steps, so that none has to be undone
	 * by hand. Only what the operations say of themselves is known: {@link TransactionOperations#withoutTransaction()}
	 * runs the steps without a transaction, and any other is taken to be a transaction that the adapter's writes join,
	 * as the starter's adapter does with the transaction manager of its persistence unit.
	 */
	public boolean rollsBack() {
		return this.transactions != TransactionOperations.withoutTransaction();
	}

}
