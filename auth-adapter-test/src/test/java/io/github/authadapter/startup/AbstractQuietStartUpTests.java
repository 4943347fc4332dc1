package io.github.authadapter.startup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import io.github.authadapter.test.RunningApplication;
import io.github.authadapter.test.logs.RecordedLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A correctly configured application starts without a single warning or error in its log, and the starter leaves the
 * application's own Flyway as the application left it: untouched without migrations of its own, and baselined below
 * its first migration only where the schema holds nothing but the starter's tables. A database is added with a
 * subclass that supplies three new, empty databases.
 */
abstract class AbstractQuietStartUpTests {

	private static final String SECRET = "a-secret-of-thirty-two-bytes-or-more";

	/**
	 * The application's migrations: one table of notes.
	 */
	private static final String NOTES_MIGRATIONS = "spring.flyway.locations=classpath:db/startup-notes";

	/**
	 * A database in which the application runs without migrations of its own.
	 */
	protected abstract DataSource databaseForNoMigrations();

	/**
	 * A database in which the application's own migrations run.
	 */
	protected abstract DataSource databaseForOwnMigrations();

	/**
	 * A database that already holds a table the starter did not create.
	 */
	protected abstract DataSource databaseWithATableOfAnotherOrigin();

	@AfterEach
	void stopRecordingTheLog() {
		RecordedLog.stopRecording();
	}

	@Test
	void anApplicationWithoutMigrationsStartsWithoutAWarningAndItsFlywayTouchesNothing() {
		DataSource dataSource = databaseForNoMigrations();
		List<String> log = startAndStop(dataSource);

		assertQuiet(log);
		assertThat(tables(dataSource)).contains("users", "auth_adapter_schema_history")
			.doesNotContain("flyway_schema_history");
	}

	@Test
	void anApplicationsOwnMigrationsRunAfterTheStartersTablesWithoutAWarning() {
		DataSource dataSource = databaseForOwnMigrations();
		List<String> log = startAndStop(dataSource, NOTES_MIGRATIONS);

		assertQuietButForFlywaysOwnVersionWarning(log);
		assertThat(tables(dataSource)).contains("users", "notes", "flyway_schema_history");
		assertThat(appliedVersions(dataSource)).containsExactly("0", "1");

		// A restart finds the history and applies nothing twice.
		assertQuietButForFlywaysOwnVersionWarning(startAndStop(dataSource, NOTES_MIGRATIONS));
		assertThat(appliedVersions(dataSource)).containsExactly("0", "1");
	}

	@Test
	void aSchemaWithATableOfAnotherOriginIsLeftToFlywaysOwnRule() {
		DataSource dataSource = databaseWithATableOfAnotherOrigin();
		new JdbcTemplate(dataSource).execute("CREATE TABLE legacy_orders (id BIGINT PRIMARY KEY)");

		assertThatException().isThrownBy(() -> startAndStop(dataSource, NOTES_MIGRATIONS))
			.withStackTraceContaining("baseline");
		assertThat(tables(dataSource)).doesNotContain("notes", "flyway_schema_history");
	}

	private List<String> startAndStop(DataSource dataSource, String... properties) {
		RecordedLog.startRecording();
		SpringApplicationBuilder application = RunningApplication.builder(dataSource, QuietStartUpApplication.class)
			.properties(RecordedLog.LOGGING_CONFIG, "logging.level.root=INFO", "auth.adapter.secret=" + SECRET,
					"auth.adapter.url=http://127.0.0.1")
			.properties(properties);
		try (RunningApplication app = RunningApplication.start(application)) {
			assertThat(app.url("")).startsWith("http://127.0.0.1:");
		}
		return RecordedLog.lines();
	}

	private static void assertQuiet(List<String> log) {
		// The start itself is recorded, so a log that recorded nothing cannot pass.
		assertThat(log).as("the recorded log").anyMatch((line) -> line.contains("Tomcat started on port"));
		assertThat(log).as("warnings and errors at start-up").filteredOn(AbstractQuietStartUpTests::isWarningOrError)
			.isEmpty();
	}

	/**
	 * Flyway warns once per connection of its own when the database is newer than those it was verified with, as
	 * H2 in Spring Boot's dependency management is: the application's Flyway does so with or without the starter,
	 * the starter's own Flyway does not.
	 */
	private static void assertQuietButForFlywaysOwnVersionWarning(List<String> log) {
		assertThat(log).as("the recorded log").anyMatch((line) -> line.contains("Tomcat started on port"));
		List<String> warnings = log.stream().filter(AbstractQuietStartUpTests::isWarningOrError).toList();
		assertThat(warnings).as("warnings and errors at start-up")
			.allMatch((line) -> line.startsWith("WARN org.flywaydb.core.internal.database.base.Database ")
					&& line.contains("newer than the version Flyway has been verified with"))
			.hasSizeLessThanOrEqualTo(1);
	}

	private static boolean isWarningOrError(String line) {
		return line.startsWith("WARN ") || line.startsWith("ERROR ");
	}

	private static List<String> tables(DataSource dataSource) {
		try {
			return JdbcUtils.extractDatabaseMetaData(dataSource, (metaData) -> {
				List<String> tables = new ArrayList<>();
				Connection connection = metaData.getConnection();
				try (ResultSet rows = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
						new String[] { "TABLE" })) {
					while (rows.next()) {
						tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
					}
				}
				return tables;
			});
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The versions in the application's history table, which Flyway creates with quoted lower-case names.
	 */
	private static List<String> appliedVersions(DataSource dataSource) {
		try {
			String quote = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getIdentifierQuoteString)
				.trim();
			String version = quote + "version" + quote;
			// Flyway records the creation of its table in a row without a version.
			return new JdbcTemplate(dataSource).queryForList("SELECT " + version + " FROM " + quote
					+ "flyway_schema_history" + quote + " WHERE " + version + " IS NOT NULL ORDER BY " + quote
					+ "installed_rank" + quote, String.class);
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
