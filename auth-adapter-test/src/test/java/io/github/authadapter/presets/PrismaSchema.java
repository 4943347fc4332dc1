package io.github.authadapter.presets;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

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
	V4("v4"),

	/**
	 * The models of the naming conventions in Auth.js's Prisma documentation: NextAuth.js v4's renamed with
	 * {@code @@map} to {@code users}, {@code accounts}, {@code sessions}, {@code verificationtokens} and with
	 * {@code @map} to snake_case columns. The starter finds these names in the catalogue.
	 */
	MAPPED("mapped", Map.of("users", "users", "accounts", "accounts", "sessions", "sessions", "verification_token",
			"verificationtokens")),

	/**
	 * @auth/prisma-adapter's models with timestamps and authenticators, renamed to tables that the starter is told
	 * ({@code auth.adapter.schema.tables.*}) and to snake_case columns.
	 */
	V5_MAPPED("v5-mapped", Map.of("users", "auth_users", "accounts", "auth_accounts", "sessions", "auth_sessions",
			"verification_token", "auth_verification_tokens", "authenticators", "auth_authenticators"));

	private final String variant;

	// The tables by the starter's logical names, where @@map renames them.
	private final Map<String, String> tables;

	PrismaSchema(String variant) {
		this(variant, Map.of());
	}

	PrismaSchema(String variant, Map<String, String> tables) {
		this.variant = variant;
		this.tables = tables;
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
	 * The version's name in {@code interop/prisma}: {@code v5}, {@code v5-plain}, {@code v4}, {@code mapped} or
	 * {@code v5-mapped}.
	 */
	String variant() {
		return this.variant;
	}

	boolean hasTimestamps() {
		return this == V5 || this == V5_MAPPED;
	}

	boolean hasRowIds() {
		return this == V4 || this == MAPPED;
	}

	boolean hasAuthenticators() {
		return this != V4 && this != MAPPED;
	}

	/**
	 * Whether {@code @map} renames the columns to snake_case.
	 */
	boolean hasSnakeCaseColumns() {
		return !this.tables.isEmpty();
	}

	/**
	 * The name of a table, by the starter's logical name ({@code users}, {@code verification_token}, ...), unquoted.
	 */
	String table(String logicalName) {
		String model = switch (logicalName) {
			case "users" -> "User";
			case "accounts" -> "Account";
			case "sessions" -> "Session";
			case "verification_token" -> "VerificationToken";
			case "authenticators" -> "Authenticator";
			default -> throw new IllegalArgumentException(logicalName);
		};
		return this.tables.isEmpty() ? model : this.tables.getOrDefault(logicalName, logicalName);
	}

	/**
	 * The properties that tell the starter this version's names: none where it finds them itself.
	 */
	List<String> properties() {
		if (this != V5_MAPPED) {
			return List.of();
		}
		return List.of("auth.adapter.schema.tables.users=" + table("users"),
				"auth.adapter.schema.tables.accounts=" + table("accounts"),
				"auth.adapter.schema.tables.sessions=" + table("sessions"),
				"auth.adapter.schema.tables.verification-tokens=" + table("verification_token"),
				"auth.adapter.schema.tables.authenticators=" + table("authenticators"),
				"auth.adapter.schema.naming=snake_case");
	}

}
