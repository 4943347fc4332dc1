package io.github.authadapter.autoconfigure;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.authadapter.jpa.DatabaseDialect;
import io.github.authadapter.jpa.SchemaNames;
import io.github.authadapter.ratelimit.DatabaseRateLimitBuckets;
import io.github.authadapter.jpa.SchemaPreset;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Creates and migrates the Auth.js tables with Flyway migrations of the starter's own, recorded in a history table of
 * their own so they never mix with the application's migrations. It runs before the application's Flyway and before
 * JPA starts, because the application's migrations may alter these tables and Hibernate may validate them.
 */
public class AuthAdapterSchemaInitializer implements InitializingBean {

	private static final Log logger = LogFactory.getLog(AuthAdapterSchemaInitializer.class);

	private final DataSource dataSource;

	private final AuthAdapterProperties.Schema properties;

	private final Supplier<SchemaPreset> preset;

	private volatile @Nullable DatabaseIdentity database;

	public AuthAdapterSchemaInitializer(DataSource dataSource, AuthAdapterProperties.Schema properties) {
		this(dataSource, properties, properties::getPreset);
	}

	/**
	 * Creates an initializer for the given preset, such as the one that {@code detect} found.
	 */
	public AuthAdapterSchemaInitializer(DataSource dataSource, AuthAdapterProperties.Schema properties,
			Supplier<SchemaPreset> preset) {
		this.dataSource = dataSource;
		this.properties = properties;
		this.preset = preset;
	}

	@Override
	public void afterPropertiesSet() {
		if (isEnabled()) {
			migrate();
		}
	}

	/**
	 * Applies the migrations that have not been applied yet.
	 */
	public void migrate() {
		StarterFlywayLog.quietly(() -> flyway().migrate());
	}

	/**
	 * Which of the starter's migrations the database has, and which it lacks.
	 */
	public MigrationInfoService info() {
		return StarterFlywayLog.quietly(() -> flyway().info());
	}

	/**
	 * The history table of the starter's migrations.
	 */
	public String historyTable() {
		return this.properties.getHistoryTable();
	}

	/**
	 * The tables that the starter's migrations create, its history table among them, in lower case.
	 */
	Set<String> tables() {
		SchemaNames names = this.properties.toSchemaNames(this.preset.get());
		return Stream
			.of(names.users(), names.accounts(), names.sessions(), names.verificationTokens(), names.authenticators(),
					DatabaseRateLimitBuckets.TABLE, historyTable())
			.map((table) -> table.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Whether the starter's migrations create the schema, rather than an Auth.js application of a preset.
	 */
	public boolean isSchemaOfTheStarter() {
		return this.preset.get().isCreatedByTheStarter();
	}

	private Flyway flyway() {
		DatabaseIdentity database = databaseIdentity();
		String migrations = database.dialect()
			.migrationsLocation()
			.orElseThrow(() -> new IllegalStateException("auth-adapter has no migrations for " + database.dialect()
					+ ". Create the Auth.js tables yourself and set auth.adapter.schema.initialize=never."));
		// Baselined below its first migration where the application's tables are already there, as they are when
		// the starter joins an existing application: all of the starter's migrations still run.
		return Flyway.configure(AuthAdapterSchemaInitializer.class.getClassLoader())
			.loggers(StarterFlywayLog.class.getName())
			.dataSource(this.dataSource)
			.locations(migrations)
			.table(this.properties.getHistoryTable())
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.placeholders(this.properties.toSchemaNames(this.preset.get())
				.migrationPlaceholders(database.identifierQuote()))
			.load();
	}

	/**
	 * Whether the starter migrates the schema at startup.
	 */
	boolean isEnabled() {
		if (!isSchemaOfTheStarter()) {
			logger.info("Running no migrations: with auth.adapter.schema.preset=" + this.preset.get()
					+ " the Auth.js application owns the schema");
			return false;
		}
		DatabaseInitializationMode mode = this.properties.getInitialize();
		return mode == DatabaseInitializationMode.ALWAYS || (mode == DatabaseInitializationMode.EMBEDDED
				&& EmbeddedDatabaseConnection.isEmbedded(this.dataSource));
	}

	/**
	 * Which database the tables are in, read once: it cannot change while the data source lives.
	 */
	private DatabaseIdentity databaseIdentity() {
		DatabaseIdentity database = this.database;
		if (database == null) {
			try {
				database = JdbcUtils.extractDatabaseMetaData(this.dataSource, (metaData) -> new DatabaseIdentity(
						DatabaseDialect.of(metaData), metaData.getIdentifierQuoteString().trim()));
			}
			catch (MetaDataAccessException ex) {
				throw new IllegalStateException("Could not tell which database the Auth.js tables are in", ex);
			}
			this.database = database;
		}
		return database;
	}

	private record DatabaseIdentity(DatabaseDialect dialect, String identifierQuote) {

	}

}
