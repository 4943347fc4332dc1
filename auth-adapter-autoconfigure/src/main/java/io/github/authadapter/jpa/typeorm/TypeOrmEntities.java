package io.github.authadapter.jpa.typeorm;

import java.util.List;

import io.github.authadapter.jpa.PresetSchema;
import io.github.authadapter.jpa.SchemaCatalogue;
import org.jspecify.annotations.Nullable;

/**
 * The tables that TypeORM's {@code synchronize} makes of @auth/typeorm-adapter's entities on PostgreSQL:
 * {@code users}, {@code accounts}, {@code sessions}, {@code verification_tokens}, with uuid ids and every timestamp
 * as text of milliseconds since the epoch, and no authenticators table.
 */
public final class TypeOrmEntities implements PresetSchema {

	private static final List<String> TABLES = List.of("users", "accounts", "sessions", "verification_tokens");

	@Override
	public boolean isFoundIn(SchemaCatalogue catalogue) {
		// Sequelize's tables have the same names, with snake_case columns.
		return TABLES.stream().allMatch(catalogue::hasTable) && catalogue.hasColumn("users", "emailVerified");
	}

	@Override
	public List<Class<?>> entities(@Nullable SchemaCatalogue catalogue) {
		return List.of(TypeOrmUserEntity.class, TypeOrmAccountEntity.class, TypeOrmSessionEntity.class,
				TypeOrmVerificationTokenEntity.class);
	}

	@Override
	public String describe(SchemaCatalogue catalogue) {
		return "tables " + String.join(", ", TABLES) + " with uuid ids, no authenticators table";
	}

}
