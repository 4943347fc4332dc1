package io.github.authadapter.statements;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.authadapter.Adapter;
import io.github.authadapter.jpa.ExpiredRowsCleaner;
import io.github.authadapter.test.StarterApplication;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL that the adapter really issues uses the schema's indexes on PostgreSQL once the tables hold enough rows for
 * a table scan to cost more. Each statement is recorded at the JDBC level, through a proxy of the data source, as the
 * adapter or the cleaner runs it, then run again behind {@code EXPLAIN} with the parameters it had, so that a change
 * of the generated SQL (a function around a column, another join) is planned as it runs. The pg-adapter schema has
 * none of these indexes, and its session lookup scans the table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresqlQueryPlanTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	private final JdbcCalls jdbcCalls = new JdbcCalls();

	private ConfigurableApplicationContext app;

	private Adapter adapter;

	private JdbcTemplate jdbc;

	@BeforeAll
	void startTheAdapterAndFillTheTables() {
		this.app = new SpringApplicationBuilder(StarterApplication.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "spring.jpa.hibernate.ddl-auto=validate",
					"spring.jpa.open-in-view=false", "logging.level.root=warn", "auth.adapter.cleanup.cron=-")
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton("dataSource", this.jdbcCalls.record(database.dataSource())))
			.run();
		this.adapter = this.app.getBean(Adapter.class);
		this.jdbc = new JdbcTemplate(database.dataSource());
		this.jdbc.update("INSERT INTO users (email) SELECT 'user' || n || '@example.com' FROM generate_series(1, 20000) n");
		this.jdbc.update("""
				INSERT INTO sessions ("userId", expires, "sessionToken")
				SELECT id, now() + interval '30 days' - (id % 100) * interval '1 day', md5(id::text) FROM users""");
		this.jdbc.update("""
				INSERT INTO accounts ("userId", type, provider, "providerAccountId")
				SELECT id, 'oauth', 'github', id::text FROM users""");
		this.jdbc.update("""
				INSERT INTO verification_token (identifier, token, expires)
				SELECT email, md5(email), now() + interval '1 day' - (id % 100) * interval '16 hours' FROM users""");
		this.jdbc.execute("ANALYZE");
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void theSessionLookupUsesTheSessionTokenIndex() {
		String token = this.jdbc.queryForObject("SELECT \"sessionToken\" FROM sessions LIMIT 1", String.class);

		List<String> plans = plansOf(() -> assertThat(this.adapter.getSessionAndUser(token)).isPresent());

		assertThat(plans).singleElement()
			.satisfies((plan) -> assertThat(plan).contains("uq_sessions_session_token").doesNotContain("Seq Scan"));
	}

	@Test
	void theAccountLookupUsesTheProviderAccountIndex() {
		List<String> plans = plansOf(() -> assertThat(this.adapter.getUserByAccount("github", "42")).isPresent());

		assertThat(String.join("\n", plans)).contains("uq_accounts_provider_account").doesNotContain("Seq Scan");
	}

	@Test
	void theUserLookupByEmailUsesTheEmailIndex() {
		List<String> plans = plansOf(() -> assertThat(this.adapter.getUserByEmail("user42@example.com")).isPresent());

		assertThat(String.join("\n", plans)).contains("uq_users_email").doesNotContain("Seq Scan");
	}

	@Test
	void usingAVerificationTokenUsesItsPrimaryKey() {
		String token = this.jdbc.queryForObject("SELECT md5('user7@example.com')", String.class);

		List<String> plans = plansOf(
				() -> assertThat(this.adapter.useVerificationToken("user7@example.com", token)).isPresent());

		assertThat(plans).singleElement()
			.satisfies((plan) -> assertThat(plan).contains("pk_verification_token").doesNotContain("Seq Scan"));
	}

	@Test
	void removingExpiredSessionsUsesTheExpiryIndex() {
		assertThat(plansOfTheCleanup()).filteredOn((plan) -> plan.contains("from sessions"))
			.isNotEmpty()
			.allSatisfy((plan) -> assertThat(plan).contains("ix_sessions_expires"));
	}

	@Test
	void removingExpiredVerificationTokensUsesTheExpiryIndex() {
		assertThat(plansOfTheCleanup()).filteredOn((plan) -> plan.contains("from verification_token"))
			.isNotEmpty()
			.allSatisfy((plan) -> assertThat(plan).contains("ix_verification_token_expires"));
	}

	/**
	 * The cleaner's batches of a moment when a few percent of the rows have expired, as an hourly cleanup finds
	 * them: those more than 60 days old.
	 */
	private List<String> plansOfTheCleanup() {
		return plansOf(() -> this.app.getBean(ExpiredRowsCleaner.class)
			.deleteExpired(Instant.now().minus(Duration.ofDays(60))));
	}

	/**
	 * The statements that the call runs, each with its plan from {@code EXPLAIN} of the statement's own SQL with its
	 * own parameters, its SQL in lower case on the first line.
	 */
	private List<String> plansOf(Runnable call) {
		this.jdbcCalls.clear();
		call.run();
		List<JdbcCalls.Execution> executions = this.jdbcCalls.executions();
		assertThat(executions).as("statements run").isNotEmpty();
		List<String> plans = new ArrayList<>();
		for (JdbcCalls.Execution execution : executions) {
			plans.add(explain(execution));
		}
		return plans;
	}

	private String explain(JdbcCalls.Execution execution) {
		return this.jdbc.execute((Connection connection) -> {
			try (PreparedStatement statement = connection.prepareStatement("EXPLAIN " + execution.sql())) {
				execution.bind(statement);
				List<String> lines = new ArrayList<>();
				try (ResultSet plan = statement.executeQuery()) {
					while (plan.next()) {
						lines.add(plan.getString(1));
					}
				}
				return execution.sql().toLowerCase(Locale.ROOT) + "\n" + String.join("\n", lines);
			}
		});
	}

}
