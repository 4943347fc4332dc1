package io.github.authadapter.autoconfigure;

import io.github.authadapter.jpa.ColumnNaming;
import io.github.authadapter.jpa.SchemaNames;
import io.github.authadapter.jpa.SchemaPreset;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.sql.init.DatabaseInitializationMode;

/**
 * Configuration properties of the Auth.js adapter.
 */
@ConfigurationProperties("auth.adapter")
public class AuthAdapterProperties {

	private final Schema schema = new Schema();

	private final Cleanup cleanup = new Cleanup();

	public Schema getSchema() {
		return this.schema;
	}

	public Cleanup getCleanup() {
		return this.cleanup;
	}

	/**
	 * Properties of the removal of expired rows.
	 */
	public static class Cleanup {

		/**
		 * The default schedule: at the start of every hour.
		 */
		public static final String DEFAULT_CRON = "0 0 * * * *";

		/**
		 * The default number of rows that one statement deletes.
		 */
		public static final int DEFAULT_BATCH_SIZE = 1000;

		/**
		 * Cron expression of when to delete expired sessions and verification tokens. Use "-" to disable it, for
		 * example where another application cleans the tables.
		 */
		private String cron = DEFAULT_CRON;

		/**
		 * Number of rows that one statement deletes, each in a transaction of its own, so that locks are short.
		 */
		private int batchSize = DEFAULT_BATCH_SIZE;

		public String getCron() {
			return this.cron;
		}

		public void setCron(String cron) {
			this.cron = cron;
		}

		public int getBatchSize() {
			return this.batchSize;
		}

		public void setBatchSize(int batchSize) {
			if (batchSize < 1) {
				throw new IllegalArgumentException(
						"auth.adapter.cleanup.batch-size must be at least 1, but was " + batchSize);
			}
			this.batchSize = batchSize;
		}

	}

	/**
	 * Properties of the Auth.js tables.
	 */
	public static class Schema {

		/**
		 * The default name of the table in which the starter's migrations record themselves.
		 */
		public static final String DEFAULT_HISTORY_TABLE = "auth_adapter_schema_history";

		/**
		 * Whether to create and migrate the Auth.js tables at startup. Use "never" for a database whose schema is
		 * managed elsewhere, such as by an Auth.js app.
		 */
		private DatabaseInitializationMode initialize = DatabaseInitializationMode.ALWAYS;

		/**
		 * Which schema the Auth.js tables follow: "auth-adapter" for the starter's own, which its migrations
		 * create; "pg-adapter", "prisma", "drizzle", "kysely", "typeorm", "sequelize" or "supabase" (tables in the
		 * next_auth schema) for a database that an Auth.js app with that adapter created and keeps migrating
		 * itself; "detect" to find which of these the database has at startup, and to take the starter's own when
		 * it has none. With a preset other than "auth-adapter" the starter runs no migrations, and the
		 * table and naming properties apply to "prisma" only, whose models may rename tables and columns.
		 */
		private SchemaPreset preset = SchemaPreset.AUTH_ADAPTER;

		/**
		 * Name of the table in which the starter's migrations record themselves, apart from the application's own
		 * Flyway history.
		 */
		private String historyTable = DEFAULT_HISTORY_TABLE;

		/**
		 * How the mixed-case Auth.js columns are named: "authjs" keeps Auth.js's names ("userId",
		 * "emailVerified"), "snake_case" names every column in snake_case (user_id, email_verified). Drives the
		 * migrations and the JPA mapping together; choose it before the tables are first created. With the Prisma
		 * preset it names the columns that @map renamed, createdAt and updatedAt too; there snake_case is also taken
		 * when the accounts table has provider_account_id.
		 */
		private ColumnNaming naming = ColumnNaming.AUTHJS;

		private final Tables tables = new Tables();

		public DatabaseInitializationMode getInitialize() {
			return this.initialize;
		}

		public void setInitialize(DatabaseInitializationMode initialize) {
			this.initialize = initialize;
		}

		public String getHistoryTable() {
			return this.historyTable;
		}

		public void setHistoryTable(String historyTable) {
			this.historyTable = historyTable;
		}

		public SchemaPreset getPreset() {
			return this.preset;
		}

		public void setPreset(SchemaPreset preset) {
			this.preset = preset;
		}

		public ColumnNaming getNaming() {
			return this.naming;
		}

		public void setNaming(ColumnNaming naming) {
			this.naming = naming;
		}

		public Tables getTables() {
			return this.tables;
		}

		/**
		 * The table and column names these properties describe.
		 * @throws IllegalArgumentException if a table name is not a plain SQL name
		 */
		public SchemaNames toSchemaNames() {
			return toSchemaNames(this.preset);
		}

		/**
		 * The table and column names these properties describe for the given preset, such as the one that
		 * {@code detect} found: the configured ones for the starter's schema, Auth.js's for the others.
		 * @throws IllegalArgumentException if a table name is not a plain SQL name
		 */
		public SchemaNames toSchemaNames(SchemaPreset preset) {
			if (!preset.isCreatedByTheStarter()) {
				return SchemaNames.AUTHJS;
			}
			return new SchemaNames(this.tables.getUsers(), this.tables.getAccounts(), this.tables.getSessions(),
					this.tables.getVerificationTokens(), this.tables.getAuthenticators(), this.naming);
		}

		/**
		 * The table names that these properties set, each in place of its default, or null where none of them is
		 * set: a schema that another tool owns, such as Prisma's, has defaults of its own.
		 * @param defaults the names of the tables that no property names, and the column naming
		 * @throws IllegalArgumentException if a table name is not a plain SQL name
		 */
		public @Nullable SchemaNames configuredTables(SchemaNames defaults) {
			Tables tables = this.tables;
			if (tables.users == null && tables.accounts == null && tables.sessions == null
					&& tables.verificationTokens == null && tables.authenticators == null) {
				return null;
			}
			return new SchemaNames(orDefault(tables.users, defaults.users()),
					orDefault(tables.accounts, defaults.accounts()), orDefault(tables.sessions, defaults.sessions()),
					orDefault(tables.verificationTokens, defaults.verificationTokens()),
					orDefault(tables.authenticators, defaults.authenticators()), defaults.columns());
		}

	}

	/**
	 * Names of the Auth.js tables. They drive the migrations and the JPA mapping together; choose them before the
	 * tables are first created. Unset, they are Auth.js's names ({@code users}, ...), or with the Prisma preset
	 * Prisma's model names or those that the catalogue shows. Null where not set.
	 */
	public static class Tables {

		/**
		 * Name of the table of users.
		 */
		private @Nullable String users;

		/**
		 * Name of the table of OAuth and other accounts linked to users.
		 */
		private @Nullable String accounts;

		/**
		 * Name of the table of database sessions.
		 */
		private @Nullable String sessions;

		/**
		 * Name of the table of single-use verification tokens.
		 */
		private @Nullable String verificationTokens;

		/**
		 * Name of the table of WebAuthn authenticators.
		 */
		private @Nullable String authenticators;

		public String getUsers() {
			return orDefault(this.users, SchemaNames.AUTHJS.users());
		}

		public void setUsers(String users) {
			this.users = users;
		}

		public String getAccounts() {
			return orDefault(this.accounts, SchemaNames.AUTHJS.accounts());
		}

		public void setAccounts(String accounts) {
			this.accounts = accounts;
		}

		public String getSessions() {
			return orDefault(this.sessions, SchemaNames.AUTHJS.sessions());
		}

		public void setSessions(String sessions) {
			this.sessions = sessions;
		}

		public String getVerificationTokens() {
			return orDefault(this.verificationTokens, SchemaNames.AUTHJS.verificationTokens());
		}

		public void setVerificationTokens(String verificationTokens) {
			this.verificationTokens = verificationTokens;
		}

		public String getAuthenticators() {
			return orDefault(this.authenticators, SchemaNames.AUTHJS.authenticators());
		}

		public void setAuthenticators(String authenticators) {
			this.authenticators = authenticators;
		}

	}

	private static String orDefault(@Nullable String configured, String defaultName) {
		return (configured != null) ? configured : defaultName;
	}

}
