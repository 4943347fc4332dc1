package io.github.authadapter.statements;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.crypto.AuthJsJweCodec;
import io.github.authadapter.session.SessionCookies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL of the hot path, counted at the JDBC level through a proxy of the data source: the session lookup is one
 * statement, and an authenticated request through the starter's filter chain issues that statement and nothing else.
 * Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractHotPathStatementCountTests {

	private static final String SECRET = "statement-count-test-secret of 32+ bytes";

	private final JdbcCalls jdbcCalls = new JdbcCalls();

	private final HttpClient http = HttpClient.newHttpClient();

	private ConfigurableApplicationContext app;

	private Adapter adapter;

	private String userId;

	/**
	 * The data source of an empty database.
	 */
	protected abstract DataSource dataSource();

	/**
	 * Properties of the application, such as a schema preset; none for the starter's own schema.
	 */
	protected String[] properties() {
		return new String[0];
	}

	/**
	 * Creates the tables of a preset's schema before the application starts, from a DDL script among the test
	 * resources; the starter's own migrations need none.
	 */
	protected void createSchema(DataSource dataSource) {
	}

	/**
	 * Runs a DDL script of the test resources, such as {@code presets/prisma/v4-postgresql.sql}.
	 */
	protected static void runScript(DataSource dataSource, String script) {
		try (Connection connection = dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource(script));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run " + script, ex);
		}
	}

	@BeforeAll
	void startApplication() {
		createSchema(dataSource());
		DataSource recorded = this.jdbcCalls.record(dataSource());
		// The defaults of a real application: no properties but the ones a test needs.
		this.app = new SpringApplicationBuilder(HotPathApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "spring.jmx.enabled=false",
					"logging.level.root=warn", "auth.adapter.secret=" + SECRET,
					// JWT session cookies too, which must cost the database session cookie nothing.
					"auth.adapter.session.accept=jwt",
					"auth.adapter.trusted-hosts=127.0.0.1,localhost", "auth.adapter.email.log-links=true",
					"auth.adapter.cleanup.cron=-")
			.properties(properties())
			.initializers((context) -> context.getBeanFactory().registerSingleton("dataSource", recorded))
			.run();
		this.adapter = this.app.getBean(Adapter.class);
		this.userId = this.adapter.createUser(new AdapterUser(null, "Ada", "ada@example.com", null, null, Map.of()))
			.id();
	}

	@AfterAll
	void stopApplication() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@BeforeEach
	void forgetEarlierCalls() {
		this.jdbcCalls.clear();
	}

	@Test
	void getSessionAndUserIsOneSelectOutsideATransaction() {
		String token = createSession();
		this.jdbcCalls.clear();
		assertThat(this.adapter.getSessionAndUser(token)).hasValueSatisfying(
				(found) -> assertThat(found.user().email()).isEqualTo("ada@example.com"));
		assertOnlyTheLookupRan();
	}

	@Test
	void getSessionAndUserInACallersTransactionIsOneSelectThatSeesItsUncommittedRows() {
		TransactionTemplate transaction = new TransactionTemplate(this.app.getBean(PlatformTransactionManager.class));
		String token = transaction.execute((status) -> {
			String created = createSession();
			this.jdbcCalls.clear();
			assertThat(this.adapter.getSessionAndUser(created)).isPresent();
			status.setRollbackOnly();
			return created;
		});
		assertThat(this.jdbcCalls.statements()).singleElement().satisfies(this::isSelect);
		assertThat(this.adapter.getSessionAndUser(token)).isEmpty();
	}

	@Test
	void getSessionAndUserOfAnUnknownTokenIsOneSelect() {
		assertThat(this.adapter.getSessionAndUser("no-such-token")).isEmpty();
		assertOnlyTheLookupRan();
	}

	@Test
	void authenticatedRequestIssuesTheLookupAndNothingElse() throws Exception {
		String token = createSession();
		this.jdbcCalls.clear();
		HttpResponse<String> response = get("/me", token);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("ada@example.com");
		assertOnlyTheLookupRan();
		// Neither an HTTP session nor a re-sent session cookie: the session needed no extension.
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void sessionEndpointIssuesTheLookupAndNothingElse() throws Exception {
		String token = createSession();
		this.jdbcCalls.clear();
		HttpResponse<String> response = get("/api/auth/session", token);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("ada@example.com");
		assertOnlyTheLookupRan();
	}

	@Test
	void aRequestWithAJwtSessionCookieIssuesNoStatementAtAll() throws Exception {
		String token = AuthJsJweCodec.authJs(List.of(SECRET), SessionCookies.SESSION_TOKEN)
			.encode(Map.of("sub", this.userId, "email", "ada@example.com"), Duration.ofDays(30));
		this.jdbcCalls.clear();
		HttpResponse<String> page = get("/me", token);
		HttpResponse<String> session = get("/api/auth/session", token);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).isEqualTo("ada@example.com");
		assertThat(session.body()).contains("ada@example.com");
		assertThat(this.jdbcCalls.statements()).isEmpty();
		assertThat(this.jdbcCalls.transactionCalls()).isEmpty();
	}

	@Test
	void createSessionIsOneInsert() {
		createSession();
		assertThat(this.jdbcCalls.statements()).singleElement()
			.satisfies((sql) -> assertThat(sql.toLowerCase(Locale.ROOT)).startsWith("insert"));
		// A write commits, which also shows that the recording sees the transaction calls the lookups must not make.
		assertThat(this.jdbcCalls.transactionCalls()).contains("commit()");
	}

	@Test
	void useVerificationTokenIsOneStatementOutsideATransaction() {
		VerificationToken token = new VerificationToken("ada@example.com", "hashed-token",
				Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
		this.adapter.createVerificationToken(token);
		this.jdbcCalls.clear();
		assertThat(this.adapter.useVerificationToken(token.identifier(), token.token())).contains(token);
		assertThat(this.jdbcCalls.statements()).singleElement()
			.satisfies((sql) -> assertThat(sql.toLowerCase(Locale.ROOT)).contains("delete"));
		// One statement is atomic on its own: no transaction around it.
		assertThat(this.jdbcCalls.transactionCalls()).isEmpty();
	}

	private String createSession() {
		String token = "token-" + System.nanoTime();
		this.adapter.createSession(new AdapterSession(token, this.userId,
				Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), Map.of()));
		return token;
	}

	private void assertOnlyTheLookupRan() {
		assertThat(this.jdbcCalls.statements()).singleElement().satisfies(this::isSelect);
		assertThat(this.jdbcCalls.transactionCalls()).isEmpty();
	}

	private void isSelect(String sql) {
		assertThat(sql.toLowerCase(Locale.ROOT)).startsWith("select").contains("join");
	}

	private HttpResponse<String> get(String path, String sessionToken) throws Exception {
		int port = ((WebServerApplicationContext) this.app).getWebServer().getPort();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Cookie", SessionCookies.SESSION_TOKEN + "=" + sessionToken)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * An application with the starter's default filter chain and one page that needs a session.
	 */
	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class HotPathApplication {

		@RestController
		static class MeController {

			@GetMapping("/me")
			String me(@AuthenticationPrincipal AdapterUser user) {
				return user.email();
			}

		}

	}

}
