package io.github.authadapter.jpa.typeorm;

import java.sql.Types;
import java.util.List;

import io.github.authadapter.jpa.PresetSchema;
import io.github.authadapter.jpa.SchemaCatalogue;
import org.jspecify.annotations.Nullable;

/**
 * The tables that TypeORM's {@code synchronize} makes of @auth/typeorm-adapter's entities: {@code users},
 * {@code accounts}, {@code sessions}, {@code verification_tokens}, with every timestamp as text of milliseconds since
 * the epoch, and no authenticators table. Their ids are {@code uuid} columns with a database default on PostgreSQL,
 * and {@code varchar(36)} columns that the client fills in on MySQL and MariaDB.
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
		if (catalogue != null && hasTextIds(catalogue)) {
			return List.of(TypeOrmMysqlUserEntity.class, TypeOrmMysqlAccountEntity.class,
					TypeOrmMysqlSessionEntity.class, TypeOrmMysqlVerificationTokenEntity.class);
		}
		return List.of(TypeOrmUserEntity.class, TypeOrmAccountEntity.class, TypeOrmSessionEntity.class,
				TypeOrmVerificationTokenEntity.class);
	}

	@Override
	public String describe(SchemaCatalogue catalogue) {
		return "tables " + String.join(", ", TABLES) + " with " + (hasTextIds(catalogue) ? "varchar(36)" : "uuid")
				+ " ids, no authenticators table";
	}

	// TypeORM's uuid columns on MySQL and MariaDB.
	private static boolean hasTextIds(SchemaCatalogue catalogue) {
		return catalogue.table("users")
			.flatMap((users) -> users.column("id"))
			.filter((id) -> id.jdbcType() == Types.VARCHAR || id.jdbcType() == Types.CHAR)
			.isPresent();
	}

}
