package io.github.authadapter.ratelimit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * Bucket4j buckets in a table locked with {@code SELECT ... FOR UPDATE}, through Bucket4j's extension point for it,
 * on H2, MySQL and MariaDB. Bucket4j has no H2 module, and its MySQL module fails with {@code NoClassDefFoundError} on
 * MariaDB's driver whenever an insert conflicts, because it catches an exception class of MySQL's driver. Here a new
 * row's insert that meets a duplicate key or a deadlock means another transaction inserted it first, and Bucket4j
 * tries again in a new transaction.
 */
class SelectForUpdateProxyManager extends AbstractSelectForUpdateBasedProxyManager<String>
		implements ExpiredEntriesCleaner {

	private static final String SELECT = "SELECT state FROM %s WHERE id = ? FOR UPDATE";

	private static final String INSERT = "INSERT INTO %s (id, state) VALUES (?, NULL)";

	private static final String UPDATE = "UPDATE %s SET state = ?, expires_at = ? WHERE id = ?";

	private static final String DELETE = "DELETE FROM %s WHERE id = ?";

	/**
	 * Deletes a batch of expired rows on H2, which has no {@code LIMIT} on {@code DELETE}.
	 */
	static final String H2_DELETE_EXPIRED = """
			DELETE FROM %1$s WHERE id IN (SELECT id FROM %1$s WHERE expires_at < ? ORDER BY expires_at LIMIT ?)""";

	/**
	 * Deletes a batch of expired rows on MySQL and MariaDB, which allow no subquery on the same table.
	 */
	static final String MYSQL_DELETE_EXPIRED = "DELETE FROM %s WHERE expires_at < ? LIMIT ?";

	private final DataSource dataSource;

	private final String table;

	private final String deleteExpired;

	private final CustomColumnProvider<String> expiresAt;

	/**
	 * Creates the buckets.
	 * @param deleteExpired the database's statement for deleting a batch of expired rows
	 */
	SelectForUpdateProxyManager(DataSource dataSource, String table, String deleteExpired,
			ExpirationAfterWriteStrategy expiration) {
		super(ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(expiration));
		this.dataSource = dataSource;
		this.table = table;
		this.deleteExpired = deleteExpired.formatted(table);
		this.expiresAt = CustomColumnProvider.createExpiresInColumnProvider("expires_at", expiration);
	}

	@Override
	public boolean isExpireAfterWriteSupported() {
		return true;
	}

	@Override
	protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
		Connection connection = connection();
		return new SelectForUpdateBasedTransaction() {

			@Override
			public void begin(Optional<Long> timeout) {
				run(() -> connection.setAutoCommit(false));
			}

			@Override
			public LockAndGetResult tryLockAndGet(Optional<Long> timeout) {
				return call(() -> {
					try (PreparedStatement select = prepare(connection, SELECT, timeout)) {
						select.setString(1, key);
						try (ResultSet row = select.executeQuery()) {
							return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
						}
					}
				});
			}

			@Override
			public boolean tryInsertEmptyData(Optional<Long> timeout) {
				return call(() -> {
					try (PreparedStatement insert = prepare(connection, INSERT, timeout)) {
						insert.setString(1, key);
						insert.executeUpdate();
						return true;
					}
					catch (SQLException ex) {
						if (isConflict(ex)) {
							return false;
						}
						throw ex;
					}
				});
			}

			@Override
			public void update(byte[] data, RemoteBucketState state, Optional<Long> timeout) {
				run(() -> {
					try (PreparedStatement update = prepare(connection, UPDATE, timeout)) {
						update.setBytes(1, data);
						SelectForUpdateProxyManager.this.expiresAt.setCustomField(key, 2, update, state,
								currentTimeNanos());
						update.setString(3, key);
						update.executeUpdate();
					}
				});
			}

			@Override
			public void commit(Optional<Long> timeout) {
				run(connection::commit);
			}

			@Override
			public void rollback() {
				run(connection::rollback);
			}

			@Override
			public void release() {
				run(connection::close);
			}

		};
	}

	@Override
	public void removeProxy(String key) {
		run(() -> {
			try (Connection connection = connection();
					PreparedStatement delete = connection.prepareStatement(DELETE.formatted(this.table))) {
				delete.setString(1, key);
				delete.executeUpdate();
			}
		});
	}

	@Override
	public int removeExpired(int batchSize) {
		return call(() -> {
			try (Connection connection = connection();
					PreparedStatement delete = connection.prepareStatement(this.deleteExpired)) {
				delete.setLong(1, System.currentTimeMillis());
				delete.setInt(2, batchSize);
				return delete.executeUpdate();
			}
		});
	}

	/**
	 * Whether the failure is an integrity constraint violation or a transaction rollback, SQL state classes 23 and
	 * 40, whichever driver reports it.
	 */
	private static boolean isConflict(SQLException ex) {
		String state = ex.getSQLState();
		return ex instanceof SQLIntegrityConstraintViolationException || ex instanceof SQLTransactionRollbackException
				|| (state != null && (state.startsWith("23") || state.startsWith("40")));
	}

	private PreparedStatement prepare(Connection connection, String sql, Optional<Long> timeoutNanos)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql.formatted(this.table));
		applyTimeout(statement, timeoutNanos);
		return statement;
	}

	private Connection connection() {
		return call(this.dataSource::getConnection);
	}

	private static void run(SqlAction action) {
		call(() -> {
			action.run();
			return null;
		});
	}

	private static <T> T call(SqlCall<T> call) {
		try {
			return call.call();
		}
		catch (SQLException ex) {
			throw new BucketExceptions.BucketExecutionException(ex);
		}
	}

	private interface SqlAction {

		void run() throws SQLException;

	}

	private interface SqlCall<T> {

		T call() throws SQLException;

	}

}
