package io.github.authadapter.naming;

import java.util.Locale;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.jpa.ColumnNaming;
import io.github.authadapter.test.AbstractAdapterContractTests;

/**
 * The contract suite on a schema with tables of the application's own names and every column in snake_case: the
 * migrations create it, and Hibernate validates the mapping against it.
 */
abstract class AbstractSnakeCaseSchemaContractTests extends AbstractAdapterContractTests {

	@Override
	protected Adapter createAdapter(DataSource dataSource) {
		return startApplication(dataSource, NamingTestApplication.class, "auth.adapter.schema.naming=snake_case",
				"auth.adapter.schema.tables.users=app_users", "auth.adapter.schema.tables.accounts=app_accounts",
				"auth.adapter.schema.tables.sessions=app_sessions",
				"auth.adapter.schema.tables.verification-tokens=app_verification_tokens",
				"auth.adapter.schema.tables.authenticators=app_authenticators");
	}

	@Override
	protected String table(String authJsName) {
		return switch (authJsName) {
			case "verification_token" -> "app_verification_tokens";
			default -> "app_" + authJsName;
		};
	}

	@Override
	protected String column(String authJsName) {
		return ColumnNaming.SNAKE_CASE.columnName(authJsName).toLowerCase(Locale.ROOT);
	}

}
