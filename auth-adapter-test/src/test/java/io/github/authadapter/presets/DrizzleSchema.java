package io.github.authadapter.presets;

import java.sql.SQLException;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

/**
 * The schema that drizzle-kit makes of @auth/drizzle-adapter's default tables, among the test resources in
 * {@code presets/drizzle}.
 */
final class DrizzleSchema {

	private DrizzleSchema() {
	}

	/**
	 * The DDL for the database of the data source.
	 */
	static String ddl(DataSource dataSource) {
		return "presets/drizzle/" + provider(dataSource) + ".sql";
	}

	/**
	 * How precise the schema keeps the expiries of sessions and tokens: Drizzle's MySQL tables have a
	 * {@code TIMESTAMP} without fractions of a second.
	 */
	static ChronoUnit expiryPrecision(DataSource dataSource) {
		return provider(dataSource).equals("mysql") ? ChronoUnit.SECONDS : ChronoUnit.MILLIS;
	}

	static String provider(DataSource dataSource) {
		try (var connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL") ? "postgresql" : "mysql";
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not tell the database of the data source", ex);
		}
	}

}
