package io.github.authadapter.jpa;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.engine.jdbc.connections.spi.JdbcConnectionAccess;
import org.hibernate.engine.jdbc.env.spi.ExtractedDatabaseMetaData;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The SQL that differs between databases, in one place: how a verification token is consumed atomically, how a
 * batch of expired rows is deleted, which folder holds the migrations, and how a violated constraint is named. There
 * is one dialect per vendor the starter knows, and a fallback in standard SQL for any other database; adding a vendor
 * means one subclass and one line in {@link #forDatabase(String, String)}.
 * <p>
 * A dialect is chosen once, from the product name in the database's JDBC metadata, by {@link #of(DataSource)} or
 * {@link #of(EntityManagerFactory)}.
 */
public abstract sealed class DatabaseDialect permits PostgresqlDatabaseDialect, MysqlDatabaseDialect,
		H2DatabaseDialect, StandardDatabaseDialect {

	/**
	 * Deletes a token and returns it, in one statement, on the databases that return the rows a {@code DELETE}
	 * removed.
	 */
	static final String DELETE_RETURNING = """
			DELETE FROM %TABLE% WHERE identifier = ?1 AND token = ?2
			RETURNING identifier, token, expires
			""";

	private static final Log logger = LogFactory.getLog(DatabaseDialect.class);

	private final String databaseName;

	DatabaseDialect(String databaseName) {
		this.databaseName = databaseName;
	}

	/**
	 * The dialect of the database a data source connects to.
	 * @throws IllegalStateException if the database's metadata cannot be read
	 */
	public static DatabaseDialect of(DataSource dataSource) {
		try {
			return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseDialect::of);
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Could not tell which database the Auth.js tables are in", ex);
		}
	}

	/**
	 * The dialect of a database, by its JDBC metadata.
	 */
	public static DatabaseDialect of(DatabaseMetaData metaData) throws SQLException {
		return forDatabase(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion());
	}

	/**
	 * The dialect of the database that a persistence unit maps, by the metadata that Hibernate read from it at
	 * startup, or from a connection where Hibernate read none.
	 * @throws IllegalStateException if the database's metadata cannot be read
	 */
	public static DatabaseDialect of(EntityManagerFactory entityManagerFactory) {
		SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		ExtractedDatabaseMetaData extracted = sessionFactory.getJdbcServices().getExtractedMetaDataSupport();
		if (extracted.getDatabaseProductName() != null) {
			return forDatabase(extracted.getDatabaseProductName(), extracted.getDatabaseProductVersion());
		}
		JdbcConnectionAccess access = sessionFactory.getJdbcServices().getBootstrapJdbcConnectionAccess();
		try {
			Connection connection = access.obtainConnection();
			try {
				return of(connection.getMetaData());
			}
			finally {
				access.releaseConnection(connection);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not tell which database the Auth.js tables are in", ex);
		}
	}

	/**
	 * The dialect of a database, by the product name and version that its JDBC driver reports.
	 */
	static DatabaseDialect forDatabase(String productName, @Nullable String productVersion) {
		return switch (productName) {
			case "PostgreSQL" -> new PostgresqlDatabaseDialect();
			case "MariaDB" -> MysqlDatabaseDialect.mariadb();
			// MySQL's driver reports a MariaDB server as MySQL, with "MariaDB" in its version.
			case "MySQL" -> (productVersion != null && productVersion.contains("MariaDB"))
					? MysqlDatabaseDialect.mariadb() : MysqlDatabaseDialect.mysql();
			case "H2" -> new H2DatabaseDialect();
			default -> {
				logger.warn("auth-adapter has no dialect for " + productName + " and uses standard SQL there: a locked"
						+ " read and delete for verification tokens, and a bounded delete for expired rows. It has no"
						+ " migrations for it: create the Auth.js tables yourself and set"
						+ " auth.adapter.schema.initialize=never.");
				yield new StandardDatabaseDialect(productName);
			}
		};
	}

	/**
	 * Where the starter's migrations for this database are, as a Flyway location; empty for a database it has none
	 * for.
	 */
	public Optional<String> migrationsLocation() {
		String folder = migrationsFolder();
		return Optional.ofNullable(folder).map((name) -> "classpath:db/auth-adapter/" + name);
	}

	/**
	 * The folder under {@code db/auth-adapter} with the migrations for this database, or null if it has none.
	 */
	abstract @Nullable String migrationsFolder();

	/**
	 * How this database consumes a verification token atomically.
	 * @param entityType the entity of the verification tokens table
	 * @param table the name of that table as the database knows it, quoted where needed
	 */
	abstract VerificationTokenConsumer verificationTokenConsumer(
			Class<? extends AbstractVerificationTokenEntity> entityType, String table);

	/**
	 * The template of the statement that deletes a bounded batch of expired rows, with {@code %TABLE%},
	 * {@code %KEYS%} and {@code %EXPIRES%} for the names, {@code ?1} for the instant before which rows expired and
	 * {@code ?2} for the batch size.
	 */
	abstract String expiredRowsBatchTemplate();

	/**
	 * The statement that deletes a bounded batch of a table's expired rows, with {@code ?1} for the instant before
	 * which rows expired and {@code ?2} for the batch size.
	 * @param table the table's name as the database knows it, quoted where needed
	 * @param keyColumns the columns of the table's key, separated by commas
	 * @param expiresColumn the column of the expiry
	 */
	final String expiredRowsBatch(String table, String keyColumns, String expiresColumn) {
		return expiredRowsBatchTemplate().replace("%TABLE%", table)
			.replace("%KEYS%", keyColumns)
			.replace("%EXPIRES%", expiresColumn);
	}

	/**
	 * The name of the constraint that a failed write violated, as the schema names it, or null if the failure is no
	 * constraint violation or its constraint is not named.
	 */
	final @Nullable String violatedConstraint(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation) {
				SQLException error = violation.getSQLException();
				String reported = (error != null) ? violatedConstraint(error, violation.getConstraintName())
						: violation.getConstraintName();
				return (reported != null) ? constraintName(reported) : null;
			}
		}
		return null;
	}

	/**
	 * The name of the constraint that the database's error reports, before {@link #constraintName(String)}. By default
	 * the name that Hibernate read from the error message. Hibernate reads it with the English wording, so a dialect
	 * whose database reports the name in a way that does not depend on the server's language ({@code lc_messages})
	 * reads it that way.
	 * @param violation the database's error
	 * @param readByHibernate the name that Hibernate read, or null
	 */
	@Nullable String violatedConstraint(SQLException violation, @Nullable String readByHibernate) {
		return readByHibernate;
	}

	/**
	 * Whether a failed write stored a value longer than its column holds: SQL state {@code 22001}, "string data,
	 * right truncation", as every supported database reports it.
	 * @return the database's error, or null if the failure is another
	 */
	final @Nullable SQLException valueTooLong(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && "22001".equals(sql.getSQLState())) {
				return sql;
			}
		}
		return null;
	}

	/**
	 * The column that a value too long did not fit, where this database's error names it, or null. Never the
	 * message itself: some databases quote the value.
	 */
	@Nullable String tooLongColumn(SQLException valueTooLong) {
		return null;
	}

	/**
	 * The constraint's name as the schema declares it, from the name that Hibernate read from this database's error
	 * message, which may be qualified or carry more words.
	 */
	String constraintName(String reported) {
		return reported;
	}

	/**
	 * Whether this database reports a violated primary key under a name that is the same for every table, so that
	 * only the table written tells which key it was.
	 */
	boolean isAnyPrimaryKey(String constraintName) {
		return false;
	}

	/**
	 * The database, by the product name its driver reports.
	 */
	@Override
	public String toString() {
		return this.databaseName;
	}

}
