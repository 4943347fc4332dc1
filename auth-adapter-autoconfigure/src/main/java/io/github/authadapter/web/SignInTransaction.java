package io.github.authadapter.web;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionOperations;

/**
 * Runs the writes of one sign-in, such as the new user, its account and its session, as one unit, so that a failure
 * part-way leaves none of them behind. Without a transaction manager the writes run one by one and a sign-in undoes
 * what it can itself.
 */
public final class SignInTransaction {

	private final @Nullable TransactionOperations transactions;

	private SignInTransaction(@Nullable TransactionOperations transactions) {
		this.transactions = transactions;
	}

	/**
	 * Runs each write on its own, for adapters that take part in no transaction.
	 */
	public static SignInTransaction none() {
		return new SignInTransaction(null);
	}

	/**
	 * Runs the writes in one transaction of the adapter's transaction manager.
	 */
	public static SignInTransaction of(TransactionOperations transactions) {
		return new SignInTransaction(transactions);
	}

	/**
	 * Runs the steps, in one transaction if there is one, which a runtime exception from the steps rolls back.
	 */
	public <T> T execute(Supplier<T> steps) {
		if (this.transactions == null) {
			return steps.get();
		}
		T result = this.transactions.execute((status) -> steps.get());
		if (result == null) {
			throw new IllegalStateException("A sign-in step returned nothing");
		}
		return result;
	}

	/**
	 * Whether a failure of {@link #execute(Supplier)} undoes every write of its steps, so that none has to be
	 * undone by hand.
	 */
	public boolean rollsBack() {
		return this.transactions != null;
	}

}
