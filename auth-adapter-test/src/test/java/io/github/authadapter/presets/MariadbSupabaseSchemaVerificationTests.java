package io.github.authadapter.presets;

import io.github.authadapter.jpa.SchemaCatalogue;
import io.github.authadapter.jpa.supabase.SupabaseEntities;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of Supabase's {@code next_auth} schema on MariaDB, which has no schemas: its driver answers a question
 * about a schema with the current database's tables, which must not pass for Supabase's when {@code detect} looks.
 */
class MariadbSupabaseSchemaVerificationTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Test
	void tablesOfTheSameNamesInTheCurrentDatabaseAreNotInTheNextAuthSchema() {
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
		jdbc.execute("CREATE TABLE users (id UUID PRIMARY KEY DEFAULT UUID(), name TEXT, email VARCHAR(255))");
		jdbc.execute("CREATE TABLE accounts (id UUID PRIMARY KEY DEFAULT UUID(), userId UUID)");
		jdbc.execute("CREATE TABLE sessions (id UUID PRIMARY KEY DEFAULT UUID(), sessionToken TEXT, userId UUID)");
		jdbc.execute("CREATE TABLE verification_tokens (token VARCHAR(255) PRIMARY KEY, identifier TEXT)");

		SchemaCatalogue nextAuth = SchemaCatalogue.of(database.dataSource(), SupabaseEntities.SCHEMA);

		assertThat(nextAuth.tableNames()).isEmpty();
		assertThat(new SupabaseEntities().isFoundIn(nextAuth)).isFalse();
		assertThat(new SupabaseEntities().isFoundIn(SchemaCatalogue.of(database.dataSource())))
			.as("the same tables in the current database, as the driver would list them for next_auth")
			.isTrue();
	}

}
