package io.github.authadapter.jpa;

import java.sql.SQLException;
import java.util.Set;
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

	/**
	 * The column in "Data too long for column 'access_token' at row 1", the message's only quoted word in every
	 * language.
	 */
	private static final Pattern TOO_LONG_COLUMN = Pattern.compile("'([^']+)'");

	/**
	 * The key in "Duplicate entry 'a@example.com' for key 'uq_users_email'": in every language MySQL and MariaDB have,
	 * the message quotes the value first and the key last; the value may hold quotes, the key's name holds none.
	 */
	private static final Pattern DUPLICATE_KEY = Pattern.compile("'([^']+)'[^']*$");

	/**
	 * The foreign key in "... fails (`db`.`accounts`, CONSTRAINT `fk_accounts_user` FOREIGN KEY ...)", whose part in
	 * parentheses is the same in every language.
	 */
	private static final Pattern FOREIGN_KEY = Pattern.compile("CONSTRAINT `([^`]+)` FOREIGN KEY");

	/**
	 * ER_DUP_ENTRY, with the name of the key, and ER_DUP_ENTRY_WITH_KEY_NAME.
	 */
	private static final Set<Integer> DUPLICATE_KEY_ERRORS = Set.of(1062, 1586);

	/**
	 * ER_ROW_IS_REFERENCED_2 and ER_NO_REFERENCED_ROW_2, a parent row deleted or a missing one referred to.
	 */
	private static final Set<Integer> FOREIGN_KEY_ERRORS = Set.of(1451, 1452);

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
	 * By the error's code, which is the same in every language, and the part of its message that is too: Hibernate
	 * looks for the English words around the name.
	 */
	@Override
	@Nullable String violatedConstraint(SQLException violation, @Nullable String readByHibernate) {
		Pattern name = DUPLICATE_KEY_ERRORS.contains(violation.getErrorCode()) ? DUPLICATE_KEY
				: FOREIGN_KEY_ERRORS.contains(violation.getErrorCode()) ? FOREIGN_KEY : null;
		if (name == null) {
			return readByHibernate;
		}
		Matcher matcher = name.matcher(String.valueOf(violation.getMessage()));
		return matcher.find() ? matcher.group(1) : readByHibernate;
	}

	/**
	 * MySQL 8 qualifies the key of a duplicate entry with its table ({@code users.uq_users_email}); MariaDB does not.
	 */
	@Override
	String constraintName(String reported) {
		return reported.substring(reported.lastIndexOf('.') + 1);
	}

	/**
	 * Both say "Data too long for column 'access_token' at row 1", or the same in the server's language.
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
