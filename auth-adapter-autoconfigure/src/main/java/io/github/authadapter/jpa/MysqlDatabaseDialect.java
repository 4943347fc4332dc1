package io.github.authadapter.jpa;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * MySQL 8 and MariaDB 10.6+, which share the migrations and the cleanup batch. MariaDB consumes a token with one
 * {@code DELETE ... RETURNING}; MySQL has none, so it reads the row under a write lock and deletes it.
 */
final class MysqlDatabaseDialect extends DatabaseDialect {

	/**
	 * Both lock and skip in a derived table only: neither allows {@code LIMIT} in an {@code IN} subquery, nor
	 * {@code SKIP LOCKED} in a {@code DELETE}.
	 */
	private static final String EXPIRED_ROWS_BATCH = """
			DELETE %TABLE% FROM %TABLE% JOIN (
				SELECT %KEYS% FROM %TABLE% WHERE %EXPIRES% < ?1 LIMIT ?2 FOR UPDATE SKIP LOCKED
			) expired USING (%KEYS%)
			""";

	private static final Pattern TOO_LONG_COLUMN = Pattern.compile("Data too long for column '([^']+)'");

	private final boolean deleteReturning;

	private MysqlDatabaseDialect(String databaseName, boolean deleteReturning) {
		super(databaseName);
		this.deleteReturning = deleteReturning;
	}

	static MysqlDatabaseDialect mysql() {
		return new MysqlDatabaseDialect("MySQL", false);
	}

	static MysqlDatabaseDialect mariadb() {
		return new MysqlDatabaseDialect("MariaDB", true);
	}

	@Override
	String migrationsFolder() {
		return "mysql";
	}

	@Override
	VerificationTokenConsumer verificationTokenConsumer(Class<? extends AbstractVerificationTokenEntity> entityType,
			String table) {
		return this.deleteReturning ? new NativeVerificationTokenConsumer(DELETE_RETURNING, table, entityType)
				: VerificationTokenConsumer.locking(entityType);
	}

	@Override
	String expiredRowsBatchTemplate() {
		return EXPIRED_ROWS_BATCH;
	}

	/**
	 * MySQL 8 qualifies the key of a duplicate entry with its table ({@code users.uq_users_email}); MariaDB does not.
	 */
	@Override
	String constraintName(String reported) {
		return reported.substring(reported.lastIndexOf('.') + 1);
	}

	/**
	 * Both say "Data too long for column 'access_token' at row 1".
	 */
	@Override
	@Nullable String tooLongColumn(SQLException valueTooLong) {
		Matcher matcher = TOO_LONG_COLUMN.matcher(String.valueOf(valueTooLong.getMessage()));
		return matcher.find() ? matcher.group(1) : null;
	}

	/**
	 * Both name every primary key {@code PRIMARY}.
	 */
	@Override
	boolean isAnyPrimaryKey(String constraintName) {
		return "PRIMARY".equals(constraintName);
	}

}
