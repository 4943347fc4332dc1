package io.github.authadapter.jpa.sequelize;

import java.sql.Types;
import java.util.List;

import io.github.authadapter.jpa.ColumnNaming;
import io.github.authadapter.jpa.PresetSchema;
import io.github.authadapter.jpa.SchemaCatalogue;
import io.github.authadapter.jpa.SchemaNames;
import org.jspecify.annotations.Nullable;

/**
 * The tables that Sequelize's sync makes of @auth/sequelize-adapter's models on PostgreSQL and MySQL: {@code users},
 * {@code accounts}, {@code sessions}, {@code verification_tokens}, every column in snake_case ({@code user_id},
 * {@code email_verified}), uuid ids that the client makes ({@code CHAR(36)} on MySQL, where the timestamps are
 * {@code DATETIME}s of whole seconds), and no authenticators table. TypeORM's tables have the same names; the
 * snake_case {@code email_verified} tells them apart.
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
		if (catalogue != null && hasTextIds(catalogue)) {
			return List.of(SequelizeMysqlUserEntity.class, SequelizeMysqlAccountEntity.class,
					SequelizeMysqlSessionEntity.class, SequelizeMysqlVerificationTokenEntity.class);
		}
		return List.of(SequelizeUserEntity.class, SequelizeAccountEntity.class, SequelizeSessionEntity.class,
				SequelizeVerificationTokenEntity.class);
	}

	@Override
	public String describe(SchemaCatalogue catalogue) {
		return "tables " + String.join(", ", TABLES) + " with snake_case columns and "
				+ (hasTextIds(catalogue) ? "char(36)" : "uuid") + " ids, no authenticators table";
	}

	// Sequelize's UUID columns on MySQL and MariaDB.
	private static boolean hasTextIds(SchemaCatalogue catalogue) {
		return catalogue.table("users")
			.flatMap((users) -> users.column("id"))
			.filter((id) -> id.jdbcType() == Types.CHAR || id.jdbcType() == Types.VARCHAR)
			.isPresent();
	}

	@Override
	public SchemaNames names() {
		return NAMES;
	}

}
