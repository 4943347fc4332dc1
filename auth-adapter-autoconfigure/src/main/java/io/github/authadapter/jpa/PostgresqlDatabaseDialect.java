package io.github.authadapter.jpa;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import org.springframework.util.ClassUtils;

/**
 * PostgreSQL: one {@code DELETE ... RETURNING} consumes a token, and a batch of expired rows is addressed by the
 * rows' physical {@code ctid}, which needs no index on the key, as in {@code @auth/pg-adapter}'s schema, and skips
 * the rows that another cleaner has locked. A violated constraint is named by the error's constraint field, which,
 * unlike its message, is the same whatever the server's {@code lc_messages}.
 */
final class PostgresqlDatabaseDialect extends DatabaseDialect {

	private static final String EXPIRED_ROWS_BATCH = """
			DELETE FROM %TABLE% WHERE ctid = ANY (ARRAY (
				SELECT ctid FROM %TABLE% WHERE %EXPIRES% < ?1 LIMIT ?2 FOR UPDATE SKIP LOCKED
			))
			""";

	/**
	 * Whether PostgreSQL's own driver, whose errors have that field, is there; another driver's are read by Hibernate.
	 */
	private static final boolean PGJDBC = ClassUtils.isPresent("org.postgresql.util.PSQLException",
			PostgresqlDatabaseDialect.class.getClassLoader());

	PostgresqlDatabaseDialect() {
		super("PostgreSQL");
	}

	@Override
	String migrationsFolder() {
		return "postgresql";
	}

	@Override
	VerificationTokenConsumer verificationTokenConsumer(Class<? extends AbstractVerificationTokenEntity> entityType,
			String table) {
		return new NativeVerificationTokenConsumer(DELETE_RETURNING, table, entityType);
	}

	@Override
	String expiredRowsBatchTemplate() {
		return EXPIRED_ROWS_BATCH;
	}

	@Override
	@Nullable String violatedConstraint(SQLException violation, @Nullable String readByHibernate) {
		String field = PGJDBC ? ErrorFields.constraint(violation) : null;
		return (field != null) ? field : readByHibernate;
	}

	/**
	 * Reads pgjdbc's error fields, in a class of its own that is loaded only where pgjdbc is.
	 */
	private static final class ErrorFields {

		/**
		 * The constraint of the error, or of the first one in a batch that has one.
		 */
		static @Nullable String constraint(SQLException violation) {
			for (SQLException error = violation; error != null; error = error.getNextException()) {
				ServerErrorMessage fields = (error instanceof PSQLException psql) ? psql.getServerErrorMessage() : null;
				String constraint = (fields != null) ? fields.getConstraint() : null;
				if (constraint != null) {
					return constraint;
				}
			}
			return null;
		}

	}

}
