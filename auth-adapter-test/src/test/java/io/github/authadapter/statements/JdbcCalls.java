package io.github.authadapter.statements;

import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
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

	private final List<Execution> executions = new ArrayList<>();

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
		this.executions.add(new Execution(query.getQuery().strip(),
				query.getParametersList().isEmpty() ? List.of() : List.copyOf(query.getParametersList().get(0))));
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
		this.executions.clear();
		this.transactionCalls.clear();
	}

	synchronized List<String> statements() {
		return List.copyOf(this.statements);
	}

	synchronized List<String> transactionCalls() {
		return List.copyOf(this.transactionCalls);
	}

	/**
	 * The statements with the parameters they ran with, each once (a batch with its first parameters), in order.
	 */
	synchronized List<Execution> executions() {
		return List.copyOf(this.executions);
	}

	/**
	 * A statement as the application ran it, with its parameters, to be run again, such as behind {@code EXPLAIN}.
	 *
	 * @param sql the statement's SQL, with its {@code ?} placeholders
	 * @param parameters the calls that set its parameters
	 */
	record Execution(String sql, List<ParameterSetOperation> parameters) {

		/**
		 * Sets the same parameters on another statement with the same placeholders, by the same calls.
		 */
		void bind(PreparedStatement statement) throws SQLException {
			for (ParameterSetOperation parameter : this.parameters) {
				try {
					parameter.getMethod().invoke(statement, parameter.getArgs());
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException("Could not call " + parameter.getMethod(), ex);
				}
				catch (InvocationTargetException ex) {
					if (ex.getCause() instanceof SQLException sqlException) {
						throw sqlException;
					}
					throw new IllegalStateException("Could not call " + parameter.getMethod(), ex.getCause());
				}
			}
		}

	}

}
