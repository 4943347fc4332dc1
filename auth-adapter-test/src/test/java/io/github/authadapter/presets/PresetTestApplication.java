package io.github.authadapter.presets;

import javax.sql.DataSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * An application on a database whose Auth.js tables another Auth.js adapter created.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class PresetTestApplication {

	/**
	 * Creates the tables as the Auth.js app would have, from a DDL script among the test resources.
	 */
	static void createSchema(DataSource dataSource, String script) {
		try (var connection = dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource(script));
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not create the schema of " + script, ex);
		}
	}

	/**
	 * A name quoted as the data source's database quotes identifiers.
	 */
	static String quoted(DataSource dataSource, String name) {
		try (var connection = dataSource.getConnection()) {
			String quote = connection.getMetaData().getIdentifierQuoteString().trim();
			return quote + name + quote;
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not tell how the database quotes names", ex);
		}
	}

}
