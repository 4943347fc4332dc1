package io.github.authadapter.autoconfigure;

import io.github.authadapter.jpa.ColumnNaming;
import io.github.authadapter.jpa.SchemaNames;
import io.github.authadapter.jpa.SchemaPreset;

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
		 * table and naming properties do not apply.
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
		 * migrations and the JPA mapping together; choose it before the tables are first created.
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
			return new SchemaNames(this.tables.users, this.tables.accounts, this.tables.sessions,
					this.tables.verificationTokens, this.tables.authenticators, this.naming);
		}

	}

	/**
	 * Names of the Auth.js tables. They drive the migrations and the JPA mapping together; choose them before the
	 * tables are first created.
	 */
	public static class Tables {

		/**
		 * Name of the table of users.
		 */
		private String users = SchemaNames.AUTHJS.users();

		/**
		 * Name of the table of OAuth and other accounts linked to users.
		 */
		private String accounts = SchemaNames.AUTHJS.accounts();

		/**
		 * Name of the table of database sessions.
		 */
		private String sessions = SchemaNames.AUTHJS.sessions();

		/**
		 * Name of the table of single-use verification tokens.
		 */
		private String verificationTokens = SchemaNames.AUTHJS.verificationTokens();

		/**
		 * Name of the table of WebAuthn authenticators.
		 */
		private String authenticators = SchemaNames.AUTHJS.authenticators();

		public String getUsers() {
			return this.users;
		}

		public void setUsers(String users) {
			this.users = users;
		}

		public String getAccounts() {
			return this.accounts;
		}

		public void setAccounts(String accounts) {
			this.accounts = accounts;
		}

		public String getSessions() {
			return this.sessions;
		}

		public void setSessions(String sessions) {
			this.sessions = sessions;
		}

		public String getVerificationTokens() {
			return this.verificationTokens;
		}

		public void setVerificationTokens(String verificationTokens) {
			this.verificationTokens = verificationTokens;
		}

		public String getAuthenticators() {
			return this.authenticators;
		}

		public void setAuthenticators(String authenticators) {
			this.authenticators = authenticators;
		}

	}

}
