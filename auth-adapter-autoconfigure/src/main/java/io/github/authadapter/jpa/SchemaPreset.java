package io.github.authadapter.jpa;

/**
 * Which schema the Auth.js tables follow, and so which default entities map them.
 */
public enum SchemaPreset {

	/**
	 * The starter's own schema, created by its migrations: the names of @auth/pg-adapter with keys, foreign keys,
	 * unique constraints and indexes.
	 */
	AUTH_ADAPTER,

	/**
	 * The schema that @auth/pg-adapter documents and an Auth.js app created: the same names, serial ids, no
	 * constraints, and no authenticators table.
	 */
	PG_ADAPTER,

	/**
	 * The schema of @auth/prisma-adapter: quoted PascalCase tables, text ids, timestamps in UTC.
	 */
	PRISMA,

	/**
	 * The tables of @auth/drizzle-adapter: {@code user}, {@code account}, {@code session},
	 * {@code verificationToken}, {@code authenticator}, text ids, timestamps in UTC.
	 */
	DRIZZLE,

	/**
	 * The tables of the migration in @auth/kysely-adapter's documentation, on PostgreSQL and MySQL: the names of
	 * Prisma's, uuid ids ({@code varchar(36)} on MySQL), {@code timestamptz} ({@code DATETIME(3)} on MySQL).
	 */
	KYSELY,

	/**
	 * The tables that TypeORM's {@code synchronize} makes of @auth/typeorm-adapter's entities, on PostgreSQL and MySQL:
	 * {@code users}, {@code accounts}, {@code sessions}, {@code verification_tokens}, uuid ids, timestamps as text.
	 */
	TYPEORM,

	/**
	 * The tables that Sequelize's sync makes of @auth/sequelize-adapter's models, on PostgreSQL and MySQL: TypeORM's
	 * names, snake_case columns, uuid ids.
	 */
	SEQUELIZE,

	/**
	 * The tables of @auth/supabase-adapter's migration, on PostgreSQL: {@code users}, {@code accounts},
	 * {@code sessions}, {@code verification_tokens} in the {@code next_auth} schema, uuid ids that the database's
	 * defaults make.
	 */
	SUPABASE,

	/**
	 * Whichever of the others the database's tables show, found at startup; the starter's own schema when the
	 * database has no Auth.js tables yet.
	 */
	DETECT;

	/**
	 * Whether the starter's migrations create this schema; otherwise another application owns it.
	 */
	public boolean isCreatedByTheStarter() {
		return this == AUTH_ADAPTER;
	}

}
