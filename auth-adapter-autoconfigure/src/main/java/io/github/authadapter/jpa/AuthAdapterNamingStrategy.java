package io.github.authadapter.jpa;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * Names the starter's tables and mixed-case columns as {@link SchemaNames} says, and hands every other name to the
 * application's own strategy. Without it, Spring Boot's default strategy would map {@code "emailVerified"} to
 * {@code email_verified}, which is not the column that Auth.js and the migrations create.
 * <p>
 * The starter's names are told apart by the prefix of {@link AuthJsNames}, so that an application's own entity
 * whose table is called {@code users}, or whose column is {@code "userId"}, keeps the name its strategy gives it.
 */
public class AuthAdapterNamingStrategy implements PhysicalNamingStrategy {

	private final PhysicalNamingStrategy delegate;

	private final SchemaNames names;

	public AuthAdapterNamingStrategy(PhysicalNamingStrategy delegate, SchemaNames names) {
		this.delegate = delegate;
		this.names = names;
	}

	@Override
	public Identifier toPhysicalCatalogName(Identifier name, JdbcEnvironment environment) {
		return this.delegate.toPhysicalCatalogName(name, environment);
	}

	@Override
	public Identifier toPhysicalSchemaName(Identifier name, JdbcEnvironment environment) {
		return this.delegate.toPhysicalSchemaName(name, environment);
	}

	@Override
	public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
		String authJsName = authJsName(name);
		if (authJsName == null) {
			return this.delegate.toPhysicalTableName(name, environment);
		}
		String table = this.names.tableName(authJsName);
		return Identifier.toIdentifier((table != null) ? table : authJsName, name.isQuoted());
	}

	@Override
	public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment environment) {
		return this.delegate.toPhysicalSequenceName(name, environment);
	}

	@Override
	public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment environment) {
		String authJsName = authJsName(name);
		if (authJsName == null) {
			return this.delegate.toPhysicalColumnName(name, environment);
		}
		ColumnNaming naming = this.names.columns();
		if (SchemaNames.MIXED_CASE_COLUMNS.contains(authJsName)) {
			return Identifier.toIdentifier(naming.columnName(authJsName), naming == ColumnNaming.AUTHJS);
		}
		if (naming == ColumnNaming.SNAKE_CASE) {
			// The starter's other camelCase columns, such as Prisma's createdAt, which @map renames with the rest.
			return Identifier.toIdentifier(naming.columnName(authJsName), false);
		}
		return Identifier.toIdentifier(authJsName, name.isQuoted());
	}

	// The name without the starter's prefix, or null for a name that is not the starter's.
	private static @Nullable String authJsName(@Nullable Identifier name) {
		if (name == null || !name.getText().startsWith(AuthJsNames.PREFIX)) {
			return null;
		}
		return name.getText().substring(AuthJsNames.PREFIX.length());
	}

}
