package io.github.authadapter.jpa;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.PostgreSQLDialect;

/**
 * The one SQL statement that deletes a bounded batch of expired rows, in the dialect of each database. Where the
 * database can, the batch skips the rows that another transaction has locked, so that cleaners in several instances
 * of an application share the work instead of waiting for, or deadlocking with, each other.
 */
enum ExpiredRowsBatchStatement {

	/**
	 * PostgreSQL: rows are addressed by their physical {@code ctid}, which needs no index on the key, as in
	 * {@code @auth/pg-adapter}'s schema.
	 */
	POSTGRESQL("""
			DELETE FROM %TABLE% WHERE ctid = ANY (ARRAY (
				SELECT ctid FROM %TABLE% WHERE %EXPIRES% < ?1 LIMIT ?2 FOR UPDATE SKIP LOCKED
			))
			"""),

	/**
	 * MariaDB 10.6+ and MySQL 8, which lock and skip in a derived table only: neither allows {@code LIMIT} in an
	 * {@code IN} subquery, nor {@code SKIP LOCKED} in a {@code DELETE}.
	 */
	MYSQL("""
			DELETE %TABLE% FROM %TABLE% JOIN (
				SELECT %KEYS% FROM %TABLE% WHERE %EXPIRES% < ?1 LIMIT ?2 FOR UPDATE SKIP LOCKED
			) expired USING (%KEYS%)
			"""),

	/**
	 * H2, which takes a limit in a {@code DELETE} but neither skips locked rows there nor runs a limited
	 * {@code IN} subquery fast. A concurrent cleaner waits for the rows this one has locked, then finds them gone.
	 */
	H2("""
			DELETE FROM %TABLE% WHERE %EXPIRES% < ?1 FETCH FIRST ?2 ROWS ONLY
			"""),

	/**
	 * Any other database: a bounded delete in standard SQL, with row values in a limited subquery. A concurrent
	 * cleaner waits for the rows this one has locked, then finds them gone.
	 */
	STANDARD("""
			DELETE FROM %TABLE% WHERE (%KEYS%) IN (
				SELECT %KEYS% FROM %TABLE% WHERE %EXPIRES% < ?1 FETCH FIRST ?2 ROWS ONLY
			)
			""");

	private final String template;

	ExpiredRowsBatchStatement(String template) {
		this.template = template;
	}

	/**
	 * The statement for a table, with {@code ?1} for the instant before which rows expired and {@code ?2} for the
	 * batch size.
	 * @param table the table's name as the database knows it, quoted where needed
	 * @param keyColumns the columns of the table's key, separated by commas
	 * @param expiresColumn the column of the expiry
	 */
	String sql(String table, String keyColumns, String expiresColumn) {
		return this.template.replace("%TABLE%", table)
			.replace("%KEYS%", keyColumns)
			.replace("%EXPIRES%", expiresColumn);
	}

	/**
	 * Picks the statement for the database that Hibernate's dialect speaks to.
	 */
	static ExpiredRowsBatchStatement forDialect(Dialect dialect) {
		if (dialect instanceof PostgreSQLDialect) {
			return POSTGRESQL;
		}
		if (dialect instanceof MySQLDialect) {
			return MYSQL;
		}
		if (dialect instanceof H2Dialect) {
			return H2;
		}
		return STANDARD;
	}

}
