package io.github.authadapter.jpa;

import java.util.Set;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * Keeps Auth.js's quoted camelCase column names, such as {@code "emailVerified"}, exactly as written, and hands every
 * other name to the application's own strategy. Without it, Spring Boot's default strategy would map them to
 * {@code email_verified}, which is not the column that Auth.js and the migrations create.
 */
public class AuthJsColumnNamingStrategy implements PhysicalNamingStrategy {

	static final Set<String> QUOTED_COLUMNS = Set.of("emailVerified", "userId", "providerAccountId", "sessionToken",
			"credentialID", "credentialPublicKey", "credentialDeviceType", "credentialBackedUp");

	private final PhysicalNamingStrategy delegate;

	public AuthJsColumnNamingStrategy(PhysicalNamingStrategy delegate) {
		this.delegate = delegate;
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
		return this.delegate.toPhysicalTableName(name, environment);
	}

	@Override
	public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment environment) {
		return this.delegate.toPhysicalSequenceName(name, environment);
	}

	@Override
	public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment environment) {
		if (name != null && name.isQuoted() && QUOTED_COLUMNS.contains(name.getText())) {
			return name;
		}
		return this.delegate.toPhysicalColumnName(name, environment);
	}

}
