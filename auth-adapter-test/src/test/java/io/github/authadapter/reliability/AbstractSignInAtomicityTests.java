package io.github.authadapter.reliability;

import java.time.Instant;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.reliability.CrashingAdapterApplication.CrashingAdapter;
import io.github.authadapter.test.RunningApplication;
import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.oauth.TestAuthorizationServer;
import io.github.authadapter.test.oauth.TestBrowser;
import io.github.authadapter.test.oauth.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A crash between the statements of a sign-in or of a user's deletion leaves nothing half-done: the application runs
 * on a real port with an Adapter that fails to store sessions on demand, after the real writes of the user and the
 * account. Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractSignInAtomicityTests {

	private TestAuthorizationServer server;

	private RunningApplication app;

	private CrashingAdapter adapter;

	private JdbcTemplate jdbc;

	/**
	 * The database of the application, registered by the subclass as an extension.
	 */
	protected abstract TestDatabase database();

	@BeforeAll
	void start() {
		this.server = TestAuthorizationServer.builder()
			.user(new TestUser("crash", "crash-pw", 2001, "Crash", "crash@idp.example", null))
			.client("idp")
			.start();
		this.app = RunningApplication.start(RunningApplication
			.builder(database().dataSource(), CrashingAdapterApplication.class)
			// The injected crash is logged as an error; it is expected.
			.properties("logging.level.org.apache.catalina=off", "logging.level.org.springframework.security=off")
			.properties(this.server.clientRegistration("idp")));
		this.adapter = (CrashingAdapter) this.app.adapter();
		this.jdbc = new JdbcTemplate(database().dataSource());
	}

	@AfterEach
	void stopCrashing() {
		this.adapter.crashOnCreateSession.set(false);
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	void anEmailSignInThatCrashesBeforeTheSessionLeavesNoUser() {
		String email = "crash-" + System.nanoTime() + "@mail.example";
		String token = this.app.issueLink(email);
		TestBrowser browser = new TestBrowser();
		long sessions = count("SELECT COUNT(*) FROM sessions", null);
		this.adapter.crashOnCreateSession.set(true);

		TestBrowser.Response response = this.app.confirmLink(browser, this.app.csrfToken(browser), email, token);

		assertThat(response.status()).isEqualTo(500);
		assertThat(count("SELECT COUNT(*) FROM users WHERE email = ?", email)).as("users").isZero();
		assertThat(count("SELECT COUNT(*) FROM sessions", null)).as("sessions").isEqualTo(sessions);
	}

	@Test
	void anOAuthSignInThatCrashesBeforeTheSessionLeavesNoUserAndNoAccount() {
		TestBrowser browser = new TestBrowser();
		long sessions = count("SELECT COUNT(*) FROM sessions", null);
		this.adapter.crashOnCreateSession.set(true);

		TestBrowser.Response end = signInAtProvider(browser);

		assertThat(end.status()).as(browser.history()).isEqualTo(500);
		assertThat(count("SELECT COUNT(*) FROM users WHERE email = ?", "crash@idp.example")).as("users").isZero();
		assertThat(count("SELECT COUNT(*) FROM accounts WHERE provider = ?", "idp")).as("accounts").isZero();
		assertThat(count("SELECT COUNT(*) FROM sessions", null)).as("sessions").isEqualTo(sessions);

		this.adapter.crashOnCreateSession.set(false);
		TestBrowser.Response retried = signInAtProvider(new TestBrowser());

		assertThat(retried.status()).isEqualTo(200);
		assertThat(retried.body()).contains("\"email\":\"crash@idp.example\"");
		assertThat(count("SELECT COUNT(*) FROM accounts WHERE provider = ?", "idp")).as("accounts").isOne();
	}

	/**
	 * A row of another table that refers to the user makes its delete fail after the adapter has deleted the user's
	 * accounts and sessions; the rollback must bring them back.
	 */
	@Test
	void aDeleteOfAUserThatFailsPartWayDeletesNothing() {
		AdapterUser user = this.adapter.createUser(AdapterUser.withEmail("deleted-" + System.nanoTime() + "@mail.example"));
		long userId = Long.parseLong(user.id());
		this.adapter.linkAccount(AdapterAccount.withoutTokens(user.id(), "oauth", "delete-idp", user.id()));
		this.adapter.createSession(new AdapterSession("delete-" + user.id(), user.id(), Instant.now().plusSeconds(600)));
		this.jdbc.execute("CREATE TABLE delete_blocker (user_id BIGINT NOT NULL, FOREIGN KEY (user_id) REFERENCES users (id))");
		try {
			this.jdbc.update("INSERT INTO delete_blocker (user_id) VALUES (?)", userId);

			assertThatException().isThrownBy(() -> this.adapter.deleteUser(user.id()));

			assertThat(this.adapter.getUser(user.id())).isPresent();
			assertThat(this.adapter.listAccountsByUserId(user.id())).hasSize(1);
			assertThat(this.adapter.getSessionAndUser("delete-" + user.id())).isPresent();
		}
		finally {
			this.jdbc.execute("DROP TABLE delete_blocker");
		}
		this.adapter.deleteUser(user.id());
		assertThat(this.adapter.getUser(user.id())).isEmpty();
		assertThat(this.adapter.listAccountsByUserId(user.id())).isEmpty();
	}

	private TestBrowser.Response signInAtProvider(TestBrowser browser) {
		return this.server.signIn(browser, this.app.url(""), "idp", "crash", "/api/auth/session");
	}

	private long count(String sql, String argument) {
		return (argument != null) ? this.jdbc.queryForObject(sql, Long.class, argument)
				: this.jdbc.queryForObject(sql, Long.class);
	}

}
