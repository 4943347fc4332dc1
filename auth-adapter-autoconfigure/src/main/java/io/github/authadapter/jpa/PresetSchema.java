package io.github.authadapter.jpa;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The schema of one Auth.js adapter, as a preset of the starter: how to recognise its tables in a database, and which
 * default entities map them. Each preset owns its entity list.
 */
public interface PresetSchema {

	/**
	 * The database schema of the preset's tables where its Auth.js adapter puts them in one of its own, such as
	 * Supabase's {@code next_auth}; null for the schema that the application's connections use. The catalogues
	 * handed to the other methods are of this schema.
	 */
	default @Nullable String databaseSchema() {
		return null;
	}

	/**
	 * Whether the catalogue holds the tables that this preset's Auth.js adapter creates.
	 */
	boolean isFoundIn(SchemaCatalogue catalogue);

	/**
	 * The default entities of the tables and columns that the catalogue holds: optional ones, such as the
	 * authenticators table or timestamp columns, are mapped only where they are present.
	 * @param catalogue the database's catalogue, or null where it cannot be read; every optional table and column is
	 * then taken to be there
	 */
	List<Class<?>> entities(@Nullable SchemaCatalogue catalogue);

	/**
	 * What the catalogue holds of this schema, in a few words for the log.
	 */
	String describe(SchemaCatalogue catalogue);

	/**
	 * The names of the tables and the casing of the mixed-case columns, as the naming strategy applies them to the
	 * preset's entities: Auth.js's own unless the preset's ORM renames them.
	 */
	default SchemaNames names() {
		return SchemaNames.AUTHJS;
	}

	/**
	 * The ids of new users, made as the preset's Auth.js adapter makes them, for schemas whose database makes none.
	 */
	default UserIdGenerator userIds() {
		return UserIdGenerator.RANDOM_UUID;
	}

}
