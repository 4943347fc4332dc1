package io.github.authadapter.jpa;

import java.util.Set;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * Names the Auth.js tables and their mixed-case columns as {@link SchemaNames} says, and hands every other name to
 * the application's own strategy. Without it, Spring Boot's default strategy would map {@code "emailVerified"} to
 * {@code email_verified}, which is not the column that Auth.js and the migrations create.
 * <p>
 * Tables are recognised by their logical names ({@code users}, {@code accounts}, {@code sessions},
 * {@code verification_token}, {@code authenticators}), whichever entity declares them.
 */
public class AuthAdapterNamingStrategy implements PhysicalNamingStrategy {

	// The quoted names of Prisma's schema, which its preset maps as written.
	private static final Set<String> PRISMA_NAMES = Set.of("User", "Account", "Session", "VerificationToken",
			"Authenticator", "createdAt", "updatedAt");

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
		String table = (name != null) ? this.names.tableName(name.getText()) : null;
		if (table != null) {
			return Identifier.toIdentifier(table, name.isQuoted());
		}
		if (isPrismaName(name)) {
			return name;
		}
		return this.delegate.toPhysicalTableName(name, environment);
	}

	@Override
	public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment environment) {
		return this.delegate.toPhysicalSequenceName(name, environment);
	}

	@Override
	public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment environment) {
		if (name != null && name.isQuoted() && SchemaNames.MIXED_CASE_COLUMNS.contains(name.getText())) {
			ColumnNaming naming = this.names.columns();
			return Identifier.toIdentifier(naming.columnName(name.getText()), naming == ColumnNaming.AUTHJS);
		}
		if (isPrismaName(name)) {
			return name;
		}
		return this.delegate.toPhysicalColumnName(name, environment);
	}

	private static boolean isPrismaName(@Nullable Identifier name) {
		return name != null && name.isQuoted() && PRISMA_NAMES.contains(name.getText());
	}

}
