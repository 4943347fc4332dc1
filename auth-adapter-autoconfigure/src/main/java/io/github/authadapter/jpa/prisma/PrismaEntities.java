package io.github.authadapter.jpa.prisma;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import io.github.authadapter.jpa.ColumnNaming;
import io.github.authadapter.jpa.PresetSchema;
import io.github.authadapter.jpa.SchemaCatalogue;
import io.github.authadapter.jpa.SchemaNames;
import io.github.authadapter.jpa.UserIdGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The schemas that the documented Prisma models of Auth.js's adapters create: @auth/prisma-adapter's with and
 * without {@code createdAt} and {@code updatedAt}, and NextAuth.js v4's, whose accounts and sessions have cuid ids.
 * Text ids in all of them; each table's version is told by its columns. The tables are Prisma's model names unless
 * the models rename them with {@code @@map}, and the columns Auth.js's field names unless {@code @map} renames them
 * to snake_case (see {@link #in}).
 */
public final class PrismaEntities implements PresetSchema {

	/**
	 * The tables as Prisma names them after the models, with the columns of Auth.js's field names.
	 */
	public static final SchemaNames MODEL_NAMES = new SchemaNames("User", "Account", "Session", "VerificationToken",
			"Authenticator", ColumnNaming.AUTHJS);

	/**
	 * The renames of the naming conventions in Auth.js's Prisma documentation: {@code @@map} to plural tables and
	 * {@code @map} to snake_case columns. It renames no authenticators table; {@code authenticators} is the plural.
	 */
	public static final SchemaNames DOCUMENTED_RENAMES = new SchemaNames("users", "accounts", "sessions",
			"verificationtokens", "authenticators", ColumnNaming.SNAKE_CASE);

	private static final String CREATED_AT = "createdAt";

	private final SchemaNames names;

	private PrismaEntities(SchemaNames names) {
		this.names = names;
	}

	/**
	 * Prisma's schema under the names that the catalogue shows.
	 * <p>
	 * The tables are the configured ones, or where none is configured, the first of {@link #MODEL_NAMES} and
	 * {@link #DOCUMENTED_RENAMES} whose four required tables the catalogue has, as written. The columns are in
	 * snake_case where so configured or where the accounts table has {@code provider_account_id} rather than
	 * {@code providerAccountId}, and as Auth.js names them otherwise. What the catalogue lacks is reported by the
	 * check of the mapped schema, under these names.
	 * @param catalogue the database's catalogue, or null where it cannot be read: the configured names or Prisma's
	 * model names are then taken as they are
	 * @param configured the configured table names, or null where none is configured
	 * @param naming the configured column naming
	 */
	public static PrismaEntities in(@Nullable SchemaCatalogue catalogue, @Nullable SchemaNames configured,
			ColumnNaming naming) {
		List<SchemaNames> candidates = (configured != null) ? List.of(configured)
				: List.of(MODEL_NAMES, DOCUMENTED_RENAMES);
		SchemaNames tables = candidates.stream()
			.filter((candidate) -> catalogue != null && hasTables(catalogue, candidate))
			.findFirst()
			.orElse(candidates.get(0));
		ColumnNaming columns = (naming == ColumnNaming.SNAKE_CASE || hasSnakeCaseColumns(catalogue, tables))
				? ColumnNaming.SNAKE_CASE : ColumnNaming.AUTHJS;
		return new PrismaEntities(new SchemaNames(tables.users(), tables.accounts(), tables.sessions(),
				tables.verificationTokens(), tables.authenticators(), columns));
	}

	@Override
	public boolean isFoundIn(SchemaCatalogue catalogue) {
		// As written: Drizzle's tables have Prisma's model names in lower case. Kysely's have the same names with
		// uuid ids, Sequelize's and TypeORM's plural names with uuid ids, pg-adapter's with integers.
		return hasTables(catalogue, this.names) && hasTextUserIds(catalogue, this.names.users());
	}

	private static boolean hasTables(SchemaCatalogue catalogue, SchemaNames names) {
		return List.of(names.users(), names.accounts(), names.sessions(), names.verificationTokens())
			.stream()
			.allMatch(catalogue::hasTableAsWritten);
	}

	// Prisma's cuid ids are text of any length but a uuid's: text on PostgreSQL, varchar(191) on MySQL.
	private static boolean hasTextUserIds(SchemaCatalogue catalogue, String users) {
		return catalogue.table(users)
			.flatMap((table) -> table.column("id"))
			.filter((id) -> id.jdbcType() == Types.VARCHAR || id.jdbcType() == Types.LONGVARCHAR)
			.filter((id) -> id.size() != 36 && !"uuid".equalsIgnoreCase(id.typeName()))
			.isPresent();
	}

	private static boolean hasSnakeCaseColumns(@Nullable SchemaCatalogue catalogue, SchemaNames tables) {
		return catalogue != null && catalogue.hasColumn(tables.accounts(), "provider_account_id")
				&& !catalogue.hasColumn(tables.accounts(), "providerAccountId");
	}

	@Override
	public List<Class<?>> entities(@Nullable SchemaCatalogue catalogue) {
		List<Class<?>> entities = new ArrayList<>();
		entities.add(has(catalogue, this.names.users(), CREATED_AT) ? PrismaUserEntity.class
				: PrismaPlainUserEntity.class);
		entities.add(has(catalogue, this.names.accounts(), "id") ? PrismaV4AccountEntity.class
				: has(catalogue, this.names.accounts(), CREATED_AT) ? PrismaAccountEntity.class
						: PrismaPlainAccountEntity.class);
		entities.add(has(catalogue, this.names.sessions(), "id") ? PrismaV4SessionEntity.class
				: has(catalogue, this.names.sessions(), CREATED_AT) ? PrismaSessionEntity.class
						: PrismaPlainSessionEntity.class);
		entities.add(PrismaVerificationTokenEntity.class);
		if (catalogue == null || catalogue.hasTable(this.names.authenticators())) {
			entities.add(PrismaAuthenticatorEntity.class);
		}
		return List.copyOf(entities);
	}

	@Override
	public String describe(SchemaCatalogue catalogue) {
		String version = catalogue.hasColumn(this.names.accounts(), "id")
				? "NextAuth.js v4's models (cuid ids on " + this.names.accounts() + " and " + this.names.sessions() + ")"
				: has(catalogue, this.names.users(), CREATED_AT) ? "createdAt and updatedAt"
						: "no createdAt and updatedAt";
		String authenticators = catalogue.hasTable(this.names.authenticators()) ? ", " + this.names.authenticators()
				: ", no " + this.names.authenticators() + " table";
		String columns = (this.names.columns() == ColumnNaming.SNAKE_CASE) ? "; snake_case columns" : "";
		return "tables " + this.names.users() + ", " + this.names.accounts() + ", " + this.names.sessions() + ", "
				+ this.names.verificationTokens() + authenticators + "; " + version + columns;
	}

	/**
	 * The tables and the casing of the columns, which may be renamed in the models.
	 */
	@Override
	public SchemaNames names() {
		return this.names;
	}

	/**
	 * Ids in the shape of Prisma's {@code @default(cuid())}, which the documented models give new users.
	 */
	@Override
	public UserIdGenerator userIds() {
		return PrismaCuids::next;
	}

	// Without a catalogue, the schema of Auth.js's documentation today: with timestamps, without v4's ids.
	private boolean has(@Nullable SchemaCatalogue catalogue, String table, String column) {
		if (catalogue == null) {
			return CREATED_AT.equals(column);
		}
		return catalogue.hasColumn(table, this.names.columns().columnName(column));
	}

}
