package io.github.authadapter.jpa.kysely;

import java.sql.Types;
import java.util.List;

import io.github.authadapter.jpa.PresetSchema;
import io.github.authadapter.jpa.SchemaCatalogue;
import org.jspecify.annotations.Nullable;

/**
 * The tables that the migration of Auth.js's Kysely adapter documentation creates on PostgreSQL: {@code "User"},
 * {@code "Account"}, {@code "Session"}, {@code "VerificationToken"}, with uuid ids and {@code timestamptz}, and no
 * authenticators table; on MySQL, as the adapter's own tests make them, with {@code varchar(36)} ids that a
 * {@code UUID()} default fills in and {@code DATETIME(3)} timestamps. Prisma's tables have the same names; the uuid
 * type of {@code "User".id} tells them apart.
 */
public final class KyselyEntities implements PresetSchema {

	private static final List<String> TABLES = List.of("User", "Account", "Session", "VerificationToken");

	@Override
	public boolean isFoundIn(SchemaCatalogue catalogue) {
		return TABLES.stream().allMatch(catalogue::hasTableAsWritten) && hasUuidUserIds(catalogue);
	}

	/**
	 * Whether the users of the {@code "User"} table have uuid ids, as Kysely's have and Prisma's have not: a
	 * {@code uuid} column, or on MySQL a {@code varchar(36)} (Prisma's text ids there are {@code varchar(191)}).
	 */
	public static boolean hasUuidUserIds(SchemaCatalogue catalogue) {
		return catalogue.table("User")
			.flatMap((table) -> table.column("id"))
			.map((id) -> "uuid".equalsIgnoreCase(id.typeName()) || isUuidText(id))
			.orElse(false);
	}

	private static boolean isUuidText(SchemaCatalogue.Column column) {
		return (column.jdbcType() == Types.VARCHAR || column.jdbcType() == Types.CHAR) && column.size() == 36;
	}

	@Override
	public List<Class<?>> entities(@Nullable SchemaCatalogue catalogue) {
		if (catalogue != null && hasTextIds(catalogue)) {
			return List.of(KyselyMysqlUserEntity.class, KyselyMysqlAccountEntity.class, KyselyMysqlSessionEntity.class,
					KyselyMysqlVerificationTokenEntity.class);
		}
		return List.of(KyselyUserEntity.class, KyselyAccountEntity.class, KyselySessionEntity.class,
				KyselyVerificationTokenEntity.class);
	}

	@Override
	public String describe(SchemaCatalogue catalogue) {
		return "tables " + String.join(", ", TABLES) + " with " + (hasTextIds(catalogue) ? "varchar(36)" : "uuid")
				+ " ids, no authenticators table";
	}

	private static boolean hasTextIds(SchemaCatalogue catalogue) {
		return catalogue.table("User").flatMap((table) -> table.column("id")).map(KyselyEntities::isUuidText)
			.orElse(false);
	}

}
