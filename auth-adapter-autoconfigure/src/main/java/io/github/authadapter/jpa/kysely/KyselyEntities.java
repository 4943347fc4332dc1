package io.github.authadapter.jpa.kysely;

import java.util.List;

import io.github.authadapter.jpa.PresetSchema;
import io.github.authadapter.jpa.SchemaCatalogue;
import org.jspecify.annotations.Nullable;

/**
 * The tables that the migration of Auth.js's Kysely adapter documentation creates on PostgreSQL: {@code "User"},
 * {@code "Account"}, {@code "Session"}, {@code "VerificationToken"}, with uuid ids and {@code timestamptz}, and no
 * authenticators table. Prisma's tables have the same names; the uuid type of {@code "User".id} tells them apart.
 */
public final class KyselyEntities implements PresetSchema {

	private static final List<String> TABLES = List.of("User", "Account", "Session", "VerificationToken");

	@Override
	public boolean isFoundIn(SchemaCatalogue catalogue) {
		return TABLES.stream().allMatch(catalogue::hasTableAsWritten) && hasUuidUserIds(catalogue);
	}

	/**
	 * Whether the users of the {@code "User"} table have uuid ids, as Kysely's have and Prisma's have not.
	 */
	public static boolean hasUuidUserIds(SchemaCatalogue catalogue) {
		return catalogue.table("User")
			.flatMap((table) -> table.column("id"))
			.map((id) -> "uuid".equalsIgnoreCase(id.typeName()))
			.orElse(false);
	}

	@Override
	public List<Class<?>> entities(@Nullable SchemaCatalogue catalogue) {
		return List.of(KyselyUserEntity.class, KyselyAccountEntity.class, KyselySessionEntity.class,
				KyselyVerificationTokenEntity.class);
	}

	@Override
	public String describe(SchemaCatalogue catalogue) {
		return "tables " + String.join(", ", TABLES) + " with uuid ids, no authenticators table";
	}

}
