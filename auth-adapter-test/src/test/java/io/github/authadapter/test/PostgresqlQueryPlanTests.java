package io.github.authadapter.test;

import io.github.authadapter.autoconfigure.AuthAdapterProperties;
import io.github.authadapter.autoconfigure.AuthAdapterSchemaInitializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lookups of the adapter use the schema's indexes on PostgreSQL once the tables hold enough rows for a table scan
 * to cost more; the pg-adapter schema has none of these indexes, and its session lookup scans the table.
 */
class PostgresqlQueryPlanTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	private static JdbcTemplate jdbc;

	@BeforeAll
	static void fillTables() {
		new AuthAdapterSchemaInitializer(database.dataSource(), new AuthAdapterProperties().getSchema()).migrate();
		jdbc = new JdbcTemplate(database.dataSource());
		jdbc.update("INSERT INTO users (email) SELECT 'user' || n || '@example.com' FROM generate_series(1, 20000) n");
		jdbc.update("""
				INSERT INTO sessions ("userId", expires, "sessionToken")
				SELECT id, now() + interval '30 days' - (id % 100) * interval '1 day', md5(id::text) FROM users""");
		jdbc.update("""
				INSERT INTO accounts ("userId", type, provider, "providerAccountId")
				SELECT id, 'oauth', 'github', id::text FROM users""");
		jdbc.update("""
				INSERT INTO verification_token (identifier, token, expires)
				SELECT email, md5(email), now() + interval '1 day' - (id % 100) * interval '1 hour' FROM users""");
		jdbc.execute("ANALYZE");
	}

	@Test
	void sessionLookupUsesTheSessionTokenIndex() {
		assertThat(plan("""
				SELECT s.*, u.* FROM sessions s JOIN users u ON u.id = s."userId"
				WHERE s."sessionToken" = md5('42')"""))
			.contains("uq_sessions_session_token")
			.doesNotContain("Seq Scan");
	}

	@Test
	void accountLookupUsesTheProviderAccountIndex() {
		assertThat(plan("SELECT * FROM accounts WHERE provider = 'github' AND \"providerAccountId\" = '42'"))
			.contains("uq_accounts_provider_account")
			.doesNotContain("Seq Scan");
	}

	@Test
	void removingExpiredSessionsUsesTheExpiryIndex() {
		assertThat(plan("DELETE FROM sessions WHERE expires < now() - interval '60 days'"))
			.contains("ix_sessions_expires");
	}

	@Test
	void removingExpiredVerificationTokensUsesTheExpiryIndex() {
		assertThat(plan("DELETE FROM verification_token WHERE expires < now() - interval '2 days'"))
			.contains("ix_verification_token_expires");
	}

	private static String plan(String sql) {
		return String.join("\n", jdbc.queryForList("EXPLAIN " + sql, String.class));
	}

}
