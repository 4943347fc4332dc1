package io.github.authadapter.jpa.sequelize;

import java.util.List;

import io.github.authadapter.jpa.ColumnNaming;
import io.github.authadapter.jpa.PresetSchema;
import io.github.authadapter.jpa.SchemaCatalogue;
import io.github.authadapter.jpa.SchemaNames;
import org.jspecify.annotations.Nullable;

/**
 * The tables that Sequelize's sync makes of @auth/sequelize-adapter's models on PostgreSQL: {@code users},
 * {@code accounts}, {@code sessions}, {@code verification_tokens}, every column in snake_case ({@code user_id},
 * {@code email_verified}), uuid ids that the client makes, and no authenticators table. TypeORM's tables have the
 * same names; the snake_case {@code email_verified} tells them apart.
 */
public final class SequelizeEntities implements PresetSchema {

	private static final List<String> TABLES = List.of("users", "accounts", "sessions", "verification_tokens");

	private static final SchemaNames NAMES = new SchemaNames("users", "accounts", "sessions", "verification_tokens",
			"authenticators", ColumnNaming.SNAKE_CASE);

	@Override
	public boolean isFoundIn(SchemaCatalogue catalogue) {
		return TABLES.stream().allMatch(catalogue::hasTable) && catalogue.hasColumn("users", "email_verified");
	}

	@Override
	public List<Class<?>> entities(@Nullable SchemaCatalogue catalogue) {
		return List.of(SequelizeUserEntity.class, SequelizeAccountEntity.class, SequelizeSessionEntity.class,
				SequelizeVerificationTokenEntity.class);
	}

	@Override
	public String describe(SchemaCatalogue catalogue) {
		return "tables " + String.join(", ", TABLES) + " with snake_case columns and uuid ids, no authenticators table";
	}

	@Override
	public SchemaNames names() {
		return NAMES;
	}

}
