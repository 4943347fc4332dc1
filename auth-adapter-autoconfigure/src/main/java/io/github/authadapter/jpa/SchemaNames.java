package io.github.authadapter.jpa;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of the Auth.js tables and the casing of their columns in the database. They drive the migrations and
 * the JPA mapping together.
 *
 * @param users the name of the users table
 * @param accounts the name of the accounts table
 * @param sessions the name of the sessions table
 * @param verificationTokens the name of the verification tokens table
 * @param authenticators the name of the authenticators table
 * @param columns how the mixed-case columns are named
 */
public record SchemaNames(String users, String accounts, String sessions, String verificationTokens,
		String authenticators, ColumnNaming columns) {

	// Declared first: the constants below are validated with it.
	private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

	/**
	 * The names of @auth/pg-adapter, which the entities use as their logical names.
	 */
	public static final SchemaNames AUTHJS = new SchemaNames("users", "accounts", "sessions", "verification_token",
			"authenticators", ColumnNaming.AUTHJS);

	/**
	 * The Auth.js columns that have a capital letter in their name, and so are quoted where Auth.js names them.
	 */
	public static final Set<String> MIXED_CASE_COLUMNS = Set.of("emailVerified", "userId", "providerAccountId",
			"sessionToken", "credentialID", "credentialPublicKey", "credentialDeviceType", "credentialBackedUp");

	public SchemaNames {
		Map<String, String> tables = Map.of("users", users, "accounts", accounts, "sessions", sessions,
				"verification-tokens", verificationTokens, "authenticators", authenticators);
		tables.forEach((table, name) -> {
			if (name == null || !TABLE_NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("auth.adapter.schema.tables." + table + " must be a plain SQL name"
						+ " of letters, digits and underscores, not starting with a digit, but was '" + name + "'");
			}
		});
		if (columns == null) {
			throw new IllegalArgumentException("columns must not be null");
		}
	}

	/**
	 * The configured name of a table, by the logical name the entities give it, or null if it is not an Auth.js
	 * table.
	 */
	String tableName(String logicalName) {
		return logicalTables().get(logicalName);
	}

	/**
	 * The table names by their logical names.
	 */
	Map<String, String> logicalTables() {
		Map<String, String> tables = new LinkedHashMap<>();
		tables.put(AUTHJS.users, this.users);
		tables.put(AUTHJS.accounts, this.accounts);
		tables.put(AUTHJS.sessions, this.sessions);
		tables.put(AUTHJS.verificationTokens, this.verificationTokens);
		tables.put(AUTHJS.authenticators, this.authenticators);
		return tables;
	}

	/**
	 * The values of the placeholders in the starter's migrations: one per table, named after its logical name, and
	 * one per mixed-case column, named after the column in snake_case.
	 * @param quote how the database quotes identifiers, such as {@code "} or a backtick
	 */
	public Map<String, String> migrationPlaceholders(String quote) {
		Map<String, String> placeholders = new LinkedHashMap<>();
		logicalTables().forEach((logical, name) -> placeholders.put("table_" + logical, name));
		for (String column : MIXED_CASE_COLUMNS) {
			String name = this.columns.columnName(column);
			placeholders.put("column_" + ColumnNaming.SNAKE_CASE.columnName(column),
					(this.columns == ColumnNaming.AUTHJS) ? quote + name + quote : name);
		}
		return placeholders;
	}

}
