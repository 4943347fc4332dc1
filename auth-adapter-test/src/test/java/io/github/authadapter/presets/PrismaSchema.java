package io.github.authadapter.presets;

import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The versions of the documented Prisma models, by their DDL among the test resources in {@code presets/prisma}:
 * made by the Prisma CLI for PostgreSQL, written in its form for MySQL (see each file's header).
 */
enum PrismaSchema {

	/**
	 * @auth/prisma-adapter's models today, with {@code createdAt} and {@code updatedAt}.
	 */
	V5("v5"),

	/**
	 * @auth/prisma-adapter's models without timestamps, as its documentation gave them earlier.
	 */
	V5_PLAIN("v5-plain"),

	/**
	 * NextAuth.js v4's models: cuid ids on accounts and sessions, unique keys instead of composite primary keys, no
	 * authenticators.
	 */
	V4("v4");

	private final String variant;

	PrismaSchema(String variant) {
		this.variant = variant;
	}

	/**
	 * The DDL of this version for the database of the data source.
	 */
	String ddl(DataSource dataSource) {
		try (var connection = dataSource.getConnection()) {
			String provider = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL") ? "postgresql"
					: "mysql";
			return "presets/prisma/" + this.variant + "-" + provider + ".sql";
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not tell the database of the data source", ex);
		}
	}

	/**
	 * The version's name in {@code interop/prisma}: {@code v5}, {@code v5-plain} or {@code v4}.
	 */
	String variant() {
		return this.variant;
	}

	boolean hasTimestamps() {
		return this == V5;
	}

	boolean hasRowIds() {
		return this == V4;
	}

	boolean hasAuthenticators() {
		return this != V4;
	}

}
