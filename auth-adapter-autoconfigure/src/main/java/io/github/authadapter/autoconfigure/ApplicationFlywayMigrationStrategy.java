package io.github.authadapter.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Runs the application's own Flyway so that the starter's tables change nothing for it. An application with no
 * migrations at all is left alone: no connection, no warning, no empty history table. An application whose schema
 * holds nothing but the starter's tables is baselined at version 0, below its first migration, so that every one of
 * its migrations runs as it would on an empty schema, which is what Flyway would see without the starter. Any other
 * schema gets Flyway's own rule: it refuses a non-empty schema without a history table, with or without the starter.
 */
class ApplicationFlywayMigrationStrategy implements FlywayMigrationStrategy {

	private static final Log logger = LogFactory.getLog(ApplicationFlywayMigrationStrategy.class);

	private final Set<String> starterTables;

	private final ResourcePatternResolver resources;

	/**
	 * @param starterTables the tables the starter's migrations create, its history table among them, in lower case
	 * @param resources where the application's classpath locations are looked up
	 */
	ApplicationFlywayMigrationStrategy(Set<String> starterTables, ResourcePatternResolver resources) {
		this.starterTables = starterTables;
		this.resources = resources;
	}

	@Override
	public void migrate(Flyway flyway) {
		Configuration configuration = flyway.getConfiguration();
		if (!hasAnythingToDo(configuration)) {
			logger.debug("The application's Flyway has no migrations and no callbacks: it is not run");
			return;
		}
		if (holdsOnlyTheStartersTables(configuration)) {
			logger.debug("The schema holds only the Auth.js tables: the application's Flyway baselines it at "
					+ "version 0, so that all of its migrations run");
			flyway = Flyway.configure(configuration.getClassLoader())
				.configuration(configuration)
				.baselineOnMigrate(true)
				.baselineVersion("0")
				.load();
		}
		flyway.migrate();
	}

	/**
	 * Whether Flyway has a migration or a callback to run. Files of any kind in a location count, and locations
	 * that cannot be looked up here, such as cloud storage, count as full.
	 */
	private boolean hasAnythingToDo(Configuration configuration) {
		if (configuration.getJavaMigrations().length > 0 || configuration.getResolvers().length > 0
				|| configuration.getCallbacks().length > 0) {
			return true;
		}
		for (Location location : configuration.getLocations()) {
			if (!location.isClassPath() && !location.isFileSystem()) {
				return true;
			}
			String pattern = (location.isClassPath() ? "classpath*:" : "file:") + location.getRootPath() + "/**";
			try {
				for (Resource resource : this.resources.getResources(pattern)) {
					if (resource.isReadable()) {
						return true;
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not look for Flyway migrations in " + location, ex);
			}
		}
		return false;
	}

	/**
	 * Whether baselining below the first migration is what Flyway itself would do without the starter: the
	 * application chose no baseline of its own, has no history table yet, and its schemas hold no table or view
	 * but the starter's.
	 */
	private boolean holdsOnlyTheStartersTables(Configuration configuration) {
		if (configuration.isBaselineOnMigrate()
				|| !MigrationVersion.fromVersion("1").equals(configuration.getBaselineVersion())) {
			return false;
		}
		try {
			return JdbcUtils.extractDatabaseMetaData(configuration.getDataSource(), (metaData) -> {
				List<String> tables = tables(metaData, schemas(configuration, metaData.getConnection()));
				return !tables.contains(configuration.getTable().toLowerCase(Locale.ROOT))
						&& this.starterTables.containsAll(tables);
			});
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Could not read which tables the application's schema holds", ex);
		}
	}

	/**
	 * The schemas Flyway checks for emptiness: those configured, or else the connection's own.
	 */
	private static List<String> schemas(Configuration configuration, Connection connection) throws SQLException {
		if (configuration.getSchemas().length > 0) {
			return List.of(configuration.getSchemas());
		}
		if (configuration.getDefaultSchema() != null) {
			return List.of(configuration.getDefaultSchema());
		}
		String schema = connection.getSchema();
		return List.of((schema != null) ? schema : connection.getCatalog());
	}

	private static List<String> tables(DatabaseMetaData metaData, List<String> schemas) throws SQLException {
		// MySQL and MariaDB call a schema a catalog.
		boolean catalogs = !metaData.supportsSchemasInTableDefinitions();
		List<String> tables = new ArrayList<>();
		for (String schema : schemas) {
			try (ResultSet rows = catalogs ? metaData.getTables(schema, null, "%", null)
					: metaData.getTables(metaData.getConnection().getCatalog(), schema, "%", null)) {
				while (rows.next()) {
					if (isTableOrView(rows.getString("TABLE_TYPE"))) {
						tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		return tables;
	}

	/**
	 * Whether the type is a table or view of the user, rather than an index, a sequence, a type or an object of the
	 * system, which drivers list beside them.
	 */
	private static boolean isTableOrView(String type) {
		String upper = type.toUpperCase(Locale.ROOT);
		return (upper.contains("TABLE") || upper.contains("VIEW")) && !upper.contains("SYSTEM")
				&& !upper.contains("TEMPORARY");
	}

}
