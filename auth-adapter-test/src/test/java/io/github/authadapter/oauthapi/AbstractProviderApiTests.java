package io.github.authadapter.oauthapi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.oauth.ProviderAccountDisconnectedEvent;
import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.oauth.TestAuthorizationServer;
import io.github.authadapter.test.oauth.TestBrowser;
import io.github.authadapter.test.oauth.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application calls its provider's API with the signed-in user's tokens from the accounts table, against a real
 * authorization server that rotates refresh tokens, with the tokens encrypted at rest. An expired access token is
 * made by moving the stored {@code expires_at} into the past. Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractProviderApiTests {

	private TestAuthorizationServer server;

	private ConfigurableApplicationContext app;

	private String appUrl;

	/**
	 * The database of the application, registered by the subclass as an extension.
	 */
	protected abstract TestDatabase database();

	@BeforeAll
	void start() {
		this.server = TestAuthorizationServer.builder()
			.user(new TestUser("alice", "alice-pw", 2001, "Alice", "alice@example.com", null))
			.user(new TestUser("bob", "bob-pw", 2002, "Bob", "bob@example.com", null))
			.user(new TestUser("carol", "carol-pw", 2003, "Carol", "carol@example.com", null))
			.user(new TestUser("dave", "dave-pw", 2004, "Dave", "dave@example.com", null))
			.client("ghe")
			.rotatingRefreshTokens()
			.start();
		String provider = "spring.security.oauth2.client.provider.ghe.";
		String registration = "spring.security.oauth2.client.registration.ghe.";
		this.app = new SpringApplicationBuilder(ProviderApiApplication.class).properties("server.port=0",
				"spring.main.banner-mode=off", "spring.jmx.enabled=false",
				"spring.datasource.url=" + database().jdbcUrl(), "spring.datasource.username=" + database().username(),
				"spring.datasource.password=" + database().password(), "spring.jpa.open-in-view=false",
				"auth.adapter.secret=provider-api-test-secret-of-32-bytes",
				"auth.adapter.trusted-hosts=127.0.0.1,localhost", "auth.adapter.email.enabled=false",
				"auth.adapter.encryption.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
				"auth.adapter.encryption.key-id=k1", "test.ghe-api-url=" + this.server.gitHubApiUri(),
				provider + "authorization-uri=" + this.server.authorizationUri(),
				provider + "token-uri=" + this.server.tokenUri(),
				provider + "user-info-uri=" + this.server.gitHubApiUri() + "/user",
				provider + "user-name-attribute=id", registration + "client-id=ghe",
				registration + "client-secret=" + this.server.clientSecret("ghe"),
				registration + "scope=read:user,user:email")
			.run();
		this.appUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) this.app).getWebServer().getPort();
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
	void theApplicationCallsTheProviderWithTheUsersStoredAccessToken() {
		TestBrowser browser = signedIn("alice");
		int refreshesBefore = this.server.refreshTokenRequests();

		TestBrowser.Response login = browser.get(this.appUrl + "/ghe/login");

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.body()).isEqualTo("alice");
		assertThat(this.server.refreshTokenRequests()).isEqualTo(refreshesBefore);
		// Encrypted at rest: the row does not hold the token that the provider accepted.
		assertThat(storedTokens("2001")).allMatch((token) -> token.startsWith("enc:v2:k1:"));
	}

	@Test
	void anExpiredAccessTokenIsRefreshedAndTheRotatedTokensAreWrittenToTheSameRow() {
		TestBrowser browser = signedIn("bob");
		AdapterAccount before = expire("2002");

		TestBrowser.Response login = browser.get(this.appUrl + "/ghe/login");

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.body()).isEqualTo("bob");
		AdapterAccount after = adapter().getAccount("ghe", "2002").orElseThrow();
		assertThat(after.access_token()).isNotEqualTo(before.access_token());
		assertThat(after.refresh_token()).isNotNull().isNotEqualTo(before.refresh_token());
		assertThat(after.expires_at()).isGreaterThan(Instant.now().getEpochSecond() + 200);
		assertThat(after.userId()).isEqualTo(before.userId());
		assertThat(adapter().listAccountsByUserId(before.userId())).hasSize(1);
		assertThat(storedTokens("2002")).allMatch((token) -> token.startsWith("enc:v2:k1:"));
		// The rotated refresh token is the one the provider honours now.
		expire("2002");
		assertThat(browser.get(this.appUrl + "/ghe/login").body()).isEqualTo("bob");
	}

	@Test
	void concurrentCallsWithAnExpiredTokenRefreshItOnceAndKeepTheRotatedRefreshToken() throws Exception {
		TestBrowser browser = signedIn("carol");
		expire("2003");
		int refreshesBefore = this.server.refreshTokenRequests();
		int calls = 4;
		ExecutorService executor = Executors.newFixedThreadPool(calls);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<TestBrowser.Response>> responses = new ArrayList<>();
			for (int i = 0; i < calls; i++) {
				responses.add(executor.submit(() -> {
					start.await();
					return browser.get(this.appUrl + "/ghe/login");
				}));
			}
			start.countDown();
			for (Future<TestBrowser.Response> response : responses) {
				assertThat(response.get().status()).isEqualTo(200);
				assertThat(response.get().body()).isEqualTo("carol");
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.server.refreshTokenRequests()).isEqualTo(refreshesBefore + 1);
		expire("2003");
		assertThat(browser.get(this.appUrl + "/ghe/login").body()).isEqualTo("carol");
		assertThat(this.server.refreshTokenRequests()).isEqualTo(refreshesBefore + 2);
	}

	@Test
	void aRevokedRefreshTokenDisconnectsTheAccountAndSendsThePersonToConnectItAgain() {
		TestBrowser browser = signedIn("dave");
		AdapterAccount account = expire("2004");
		this.server.revoke("ghe", account.refresh_token());

		TestBrowser.Response login = browser.get(this.appUrl + "/ghe/login");

		// Not a 500: the browser goes to the provider to connect the account again.
		assertThat(login.status()).isEqualTo(302);
		assertThat(login.location()).startsWith(this.server.authorizationUri());
		AdapterAccount disconnected = adapter().getAccount("ghe", "2004").orElseThrow();
		assertThat(disconnected.access_token()).isNull();
		assertThat(disconnected.refresh_token()).isNull();
		assertThat(disconnected.userId()).isEqualTo(account.userId());
		assertThat(this.app.getBean(ProviderApiApplication.DisconnectedAccounts.class).events)
			.contains(new ProviderAccountDisconnectedEvent(account.userId(), "ghe", "2004", "invalid_grant"));
		// Signing in with the provider again, still signed in here, connects it again.
		TestBrowser.Response again = this.server.signIn(browser, this.appUrl, "ghe", "dave", "/ghe/login");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).isEqualTo("dave");
		assertThat(adapter().getAccount("ghe", "2004").orElseThrow().refresh_token()).isNotNull();
	}

	private TestBrowser signedIn(String username) {
		TestBrowser browser = new TestBrowser();
		TestBrowser.Response end = this.server.signIn(browser, this.appUrl, "ghe", username, "/api/auth/session");
		assertThat(end.status()).as(browser.history()).isEqualTo(200);
		return browser;
	}

	/**
	 * Moves the account's {@code expires_at} an hour into the past, as if its access token had expired.
	 * @return the account before
	 */
	private AdapterAccount expire(String providerAccountId) {
		AdapterAccount account = adapter().getAccount("ghe", providerAccountId).orElseThrow();
		adapter().updateAccount(new AdapterAccount(account.userId(), account.type(), account.provider(),
				account.providerAccountId(), account.refresh_token(), account.access_token(),
				Instant.now().minusSeconds(3600).getEpochSecond(), account.token_type(), account.scope(),
				account.id_token(), account.session_state()));
		return account;
	}

	private List<String> storedTokens(String providerAccountId) {
		String column = database().jdbcUrl().startsWith("jdbc:mariadb") ? "`providerAccountId`" : "\"providerAccountId\"";
		return new JdbcTemplate(database().dataSource()).queryForList(
				"SELECT access_token FROM accounts WHERE provider = 'ghe' AND " + column + " = ?", String.class,
				providerAccountId);
	}

	private Adapter adapter() {
		return this.app.getBean(Adapter.class);
	}

}
