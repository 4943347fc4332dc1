package io.github.authadapter.statements;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Records the SQL statements and transaction calls that pass through a data source, below Hibernate and Spring, so
 * that no statement of any origin goes unseen.
 */
final class JdbcCalls {

	// Calls on a connection that begin or end a transaction, each a round trip to the database on some drivers.
	private static final Set<String> TRANSACTION_METHODS = Set.of("commit", "rollback", "setAutoCommit",
			"setReadOnly", "setTransactionIsolation", "setSavepoint", "releaseSavepoint");

	private final List<String> statements = new ArrayList<>();

	private final List<String> transactionCalls = new ArrayList<>();

	/**
	 * The data source that records its calls into this.
	 */
	DataSource record(DataSource dataSource) {
		return ProxyDataSourceBuilder.create(dataSource)
			.afterQuery((execution, queries) -> queries.forEach(this::statementExecuted))
			.afterMethod(this::methodCalled)
			.build();
	}

	private synchronized void statementExecuted(QueryInfo query) {
		// A batch runs its statement once per parameter set.
		int times = Math.max(1, query.getParametersList().size());
		for (int i = 0; i < times; i++) {
			this.statements.add(query.getQuery().strip());
		}
	}

	private synchronized void methodCalled(MethodExecutionContext context) {
		if (context.getTarget() instanceof Connection
				&& TRANSACTION_METHODS.contains(context.getMethod().getName())) {
			Object[] args = context.getMethodArgs();
			this.transactionCalls.add(context.getMethod().getName()
					+ ((args != null && args.length > 0) ? "(" + args[0] + ")" : "()"));
		}
	}

	synchronized void clear() {
		this.statements.clear();
		this.transactionCalls.clear();
	}

	synchronized List<String> statements() {
		return List.copyOf(this.statements);
	}

	synchronized List<String> transactionCalls() {
		return List.copyOf(this.transactionCalls);
	}

}
