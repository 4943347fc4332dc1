package io.github.authadapter.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.sql.init.DatabaseInitializationMode;

/**
 * Configuration properties of the Auth.js adapter.
 */
@ConfigurationProperties("auth.adapter")
public class AuthAdapterProperties {

	private final Schema schema = new Schema();

	public Schema getSchema() {
		return this.schema;
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
		 * Name of the table in which the starter's migrations record themselves, apart from the application's own
		 * Flyway history.
		 */
		private String historyTable = DEFAULT_HISTORY_TABLE;

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

	}

}
