package io.github.authadapter.presets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;

/**
 * The tables of @auth/supabase-adapter, made by its own migrations (test resources in {@code presets/supabase}) on
 * plain PostgreSQL, after {@code setup.sql} has added what a Supabase project already has.
 */
public final class SupabaseSchema {

	private static final List<String> SCRIPTS = List.of("setup.sql", "20221108043803_create_next_auth_schema.sql",
			"20221108044627_create_public_users_table.sql");

	private SupabaseSchema() {
	}

	/**
	 * Runs the migrations on the data source's database.
	 */
	public static void create(DataSource dataSource) {
		for (String script : SCRIPTS) {
			// Whole, as psql would run it: the driver splits the statements and keeps the functions' $$ bodies.
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute(new ClassPathResource("presets/supabase/" + script)
					.getContentAsString(StandardCharsets.UTF_8));
			}
			catch (SQLException | IOException ex) {
				throw new IllegalStateException("Could not run the Supabase migration " + script, ex);
			}
		}
	}

}
