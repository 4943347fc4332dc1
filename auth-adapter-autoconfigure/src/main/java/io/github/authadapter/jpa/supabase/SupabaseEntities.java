package io.github.authadapter.jpa.supabase;

import java.util.List;

import io.github.authadapter.jpa.PresetSchema;
import io.github.authadapter.jpa.SchemaCatalogue;
import org.jspecify.annotations.Nullable;

/**
 * The tables that the migration of @auth/supabase-adapter creates in the {@code next_auth} schema, on PostgreSQL:
 * {@code users}, {@code accounts}, {@code sessions} and {@code verification_tokens}, with uuid ids whose
 * {@code uuid_generate_v4()} defaults make them, {@code timestamptz}, keys, unique constraints and foreign keys with
 * cascade, and no authenticators table. The adapter reaches them through Supabase's REST API, which serves that schema.
 */
public final class SupabaseEntities implements PresetSchema {

	/**
	 * The schema of the tables, which the adapter's client names and its migration creates.
	 */
	public static final String SCHEMA = "next_auth";

	private static final List<String> TABLES = List.of("users", "accounts", "sessions", "verification_tokens");

	@Override
	public @Nullable String databaseSchema() {
		return SCHEMA;
	}

	@Override
	public boolean isFoundIn(SchemaCatalogue catalogue) {
		// The uuid ids and the quoted column keep a driver that ignores schemas, as MySQL's do, from taking another
		// adapter's tables of the same names for these.
		return TABLES.stream().allMatch(catalogue::hasTable) && catalogue.hasColumn("sessions", "sessionToken")
				&& catalogue.table("users")
					.flatMap((users) -> users.column("id"))
					.map((id) -> "uuid".equalsIgnoreCase(id.typeName()))
					.orElse(false);
	}

	@Override
	public List<Class<?>> entities(@Nullable SchemaCatalogue catalogue) {
		return List.of(SupabaseUserEntity.class, SupabaseAccountEntity.class, SupabaseSessionEntity.class,
				SupabaseVerificationTokenEntity.class);
	}

	@Override
	public String describe(SchemaCatalogue catalogue) {
		return "tables " + String.join(", ", TABLES.stream().map((table) -> SCHEMA + "." + table).toList())
				+ " with uuid ids, no authenticators table";
	}

}
