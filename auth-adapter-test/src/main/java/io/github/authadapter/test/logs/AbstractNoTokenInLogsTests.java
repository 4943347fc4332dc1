package io.github.authadapter.test.logs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.github.authadapter.AccountAlreadyLinkedException;
import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.SessionUpdate;
import io.github.authadapter.TokenAlreadyExistsException;
import io.github.authadapter.UserNotFoundException;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.session.SessionCookies;
import io.github.authadapter.test.RunningApplication;
import io.github.authadapter.test.oauth.TestAuthorizationServer;
import io.github.authadapter.test.oauth.TestBrowser;
import io.github.authadapter.test.oauth.TestUser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Signs in by email link and by OAuth through HTTP, uses and ends the sessions, and makes adapter calls fail, all with
 * debug logging; then looks for every token it created in the output, in the debug log it recorded (see
 * {@link RecordedLog}) and in the messages of the exceptions it got. The OAuth provider is a
 * {@link TestAuthorizationServer} in the same JVM, so Spring Security's OAuth client and Spring Authorization Server
 * must be on the test classpath.
 * <p>
 * A database, whose error messages differ from the others', is added with a subclass that supplies its data source;
 * an application with an Adapter of its own, or other configuration, also overrides
 * {@link #configure(SpringApplicationBuilder)}.
 */
@ExtendWith(OutputCaptureExtension.class)
public abstract class AbstractNoTokenInLogsTests {

	/**
	 * Every token the test created, by what it is, to name a leak.
	 */
	private final Map<String, String> tokens = new LinkedHashMap<>();

	private final List<Throwable> failures = new ArrayList<>();

	/**
	 * The OAuth provider, which runs in the same JVM and writes to the same log.
	 */
	private @Nullable TestAuthorizationServer provider;

	/**
	 * The data source of an empty database, or of one with the Auth.js tables in it, for the application.
	 */
	protected abstract DataSource dataSource();

	/**
	 * Customises the application that the suite starts, {@link LeakTestApplication} on {@link #dataSource()}: add
	 * configuration of your own, such as an Adapter bean, with {@code application.sources(...)}, or properties with
	 * {@code application.properties(...)}.
	 * @return the builder
	 */
	protected SpringApplicationBuilder configure(SpringApplicationBuilder application) {
		return application;
	}

	@AfterEach
	void stopRecordingTheLog() {
		RecordedLog.stopRecording();
	}

	@Test
	void noTokenAppearsInTheLogOrInAnExceptionMessage(CapturedOutput output) {
		try (TestAuthorizationServer server = TestAuthorizationServer.builder()
			.user(new TestUser("alice", "alice-pw", 1001, "Alice", "alice@example.com", null))
			.client("idp")
			.start(); RunningApplication app = start(server)) {
			this.provider = server;
			String appUrl = app.url("");
			Adapter adapter = app.adapter();
			signInByEmail(app, appUrl);
			signInWithOAuth(server, adapter, appUrl);
			makeAdapterCallsFail(adapter);
		}
		List<String> lines = new ArrayList<>(output.getAll().lines().toList());
		lines.addAll(RecordedLog.lines());

		assertThat(this.tokens).hasSizeGreaterThanOrEqualTo(13);
		assertThat(lines).as("the recorded debug log").anyMatch((line) -> line.startsWith("DEBUG "));
		// What the provider logs would be on another machine; it sees the code and the state by its nature.
		lines.removeIf((line) -> this.provider != null && this.provider.wrote(line));
		for (Throwable failure : this.failures) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				lines.add("exception: " + cause);
			}
		}
		assertThat(leaks(lines)).isEmpty();
	}

	/**
	 * The lines that contain a token, by the name of the token.
	 */
	private Map<String, List<String>> leaks(List<String> lines) {
		Map<String, List<String>> leaks = new LinkedHashMap<>();
		this.tokens.forEach((name, token) -> lines.stream()
			.filter((line) -> line.contains(token))
			.forEach((line) -> leaks.computeIfAbsent(name, (key) -> new ArrayList<>())
				.add(line.substring(0, Math.min(line.length(), 300)))));
		return leaks;
	}

	private void signInByEmail(RunningApplication app, String appUrl) {
		TestBrowser browser = new TestBrowser();
		TestBrowser.Response sent = browser.post(appUrl + "/api/auth/signin/email",
				Map.of("csrfToken", browser.csrfToken(appUrl), "email", "ema@example.com", "callbackUrl", "/account"));
		assertThat(sent.status()).isEqualTo(303);
		String link = app.bean(LeakTestApplication.Outbox.class).last().url();
		String linkToken = UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("token");
		this.tokens.put("token of the sign-in link", linkToken);
		this.tokens.put("stored verification token", new JdbcTemplate(dataSource())
			.queryForObject("SELECT token FROM verification_token WHERE identifier = 'ema@example.com'", String.class));

		TestBrowser.Response confirm = browser.get(link);
		assertThat(confirm.status()).isEqualTo(200);
		// The confirm page still gets the token, though the log shows the query string without it.
		assertThat(confirm.body()).contains("name=\"token\" value=\"" + linkToken + "\"");
		// The same parameter name percent-encoded, which the server decodes to token.
		TestBrowser.Response encoded = browser.get(link.replace("token=", "%74oken="));
		assertThat(encoded.body()).contains("name=\"token\" value=\"" + linkToken + "\"");
		Map<String, String> form = Map.of("csrfToken", browser.csrfToken(appUrl), "token", linkToken, "email",
				"ema@example.com", "callbackUrl", "/account");
		TestBrowser.Response signedIn = browser.post(appUrl + "/api/auth/callback/email", form);
		assertThat(signedIn.status()).isEqualTo(303);
		String sessionToken = browser.cookie(appUrl, SessionCookies.SESSION_TOKEN).orElseThrow();
		this.tokens.put("session token of the email sign-in", sessionToken);

		assertThat(browser.get(appUrl + "/api/auth/session").body()).contains("ema@example.com");
		// The link again, with the new CSRF token that the sign-in brought: refused, as a used link.
		Map<String, String> again = new LinkedHashMap<>(form);
		again.put("csrfToken", browser.csrfToken(appUrl));
		assertThat(browser.post(appUrl + "/api/auth/callback/email", again).status()).isEqualTo(400);
		TestBrowser.Response signedOut = browser.post(appUrl + "/api/auth/signout",
				Map.of("csrfToken", browser.csrfToken(appUrl)));
		assertThat(signedOut.status()).isBetween(300, 399);
		assertThat(app.adapter().getSessionAndUser(sessionToken)).isEmpty();
		// A browser that still sends the cookie of the ended session is anonymous.
		assertThat(getWithSessionCookie(appUrl + "/api/auth/session", sessionToken)).isEqualTo("null");
	}

	private static String getWithSessionCookie(String uri, String sessionToken) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
			.header("Cookie", SessionCookies.SESSION_TOKEN + "=" + sessionToken)
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void signInWithOAuth(TestAuthorizationServer server, Adapter adapter, String appUrl) {
		TestBrowser browser = new TestBrowser();
		TestBrowser.Response response = server.signIn(browser, appUrl, "idp", "alice", "/api/auth/session");
		assertThat(response.status()).as(browser.history()).isEqualTo(200);
		assertThat(response.body()).contains("alice@example.com");
		URI callback = browser.visited()
			.stream()
			.filter((uri) -> uri.getPath().equals("/api/auth/callback/idp"))
			.findFirst()
			.orElseThrow();
		Map<String, String> callbackParameters = UriComponentsBuilder.fromUri(callback).build().getQueryParams()
			.toSingleValueMap();
		this.tokens.put("OAuth authorization code", callbackParameters.get("code"));
		this.tokens.put("OAuth state", callbackParameters.get("state"));
		assertThat(server.codeVerifiers()).as("PKCE code verifiers").hasSize(1);
		this.tokens.put("PKCE code verifier", server.codeVerifiers().get(0));
		AdapterAccount account = adapter.getAccount("idp", "alice").orElseThrow();
		this.tokens.put("OAuth access token", account.access_token());
		this.tokens.put("OAuth refresh token", account.refresh_token());
		this.tokens.put("OpenID Connect ID token", account.id_token());
		String sessionToken = browser.cookie(appUrl, SessionCookies.SESSION_TOKEN).orElseThrow();
		this.tokens.put("session token of the OAuth sign-in", sessionToken);
		assertThat(browser.get(appUrl + "/api/auth/session").body()).contains("alice@example.com");
		browser.post(appUrl + "/api/auth/signout", Map.of("csrfToken", browser.csrfToken(appUrl)));
	}

	private void makeAdapterCallsFail(Adapter adapter) {
		AdapterUser user = adapter.createUser(AdapterUser.withEmail("adapter@example.com"));
		Instant expires = Instant.now().plus(1, ChronoUnit.DAYS);
		String sessionToken = "adapter-session-" + System.nanoTime();
		this.tokens.put("session token given to the adapter", sessionToken);
		adapter.createSession(new AdapterSession(sessionToken, user.id(), expires));
		// The same session token twice.
		assertThat(fails(() -> adapter.createSession(new AdapterSession(sessionToken, user.id(), expires))))
			.isInstanceOf(TokenAlreadyExistsException.class);
		// A session of a user that does not exist.
		String orphanToken = "adapter-orphan-session-" + System.nanoTime();
		this.tokens.put("session token of an unknown user", orphanToken);
		assertThat(fails(() -> adapter.createSession(new AdapterSession(orphanToken, "999999", expires))))
			.isInstanceOf(UserNotFoundException.class);
		String verificationToken = "adapter-verification-" + System.nanoTime();
		this.tokens.put("verification token given to the adapter", verificationToken);
		VerificationToken token = new VerificationToken("adapter@example.com", verificationToken, expires);
		adapter.createVerificationToken(token);
		// The same verification token twice, then used twice.
		assertThat(fails(() -> adapter.createVerificationToken(token))).isInstanceOf(TokenAlreadyExistsException.class);
		assertThat(adapter.useVerificationToken("adapter@example.com", verificationToken)).isPresent();
		assertThat(adapter.useVerificationToken("adapter@example.com", verificationToken)).isEmpty();
		// An account with tokens linked twice.
		String accessToken = "adapter-access-" + System.nanoTime();
		this.tokens.put("access token given to the adapter", accessToken);
		AdapterAccount account = new AdapterAccount(user.id(), "oauth", "other", "42", null, accessToken, null,
				"bearer", null, null, null);
		adapter.linkAccount(account);
		assertThat(fails(() -> adapter.linkAccount(account))).isInstanceOf(AccountAlreadyLinkedException.class);
		assertThat(adapter.updateSession(new SessionUpdate("no-such-session-" + System.nanoTime(), expires))).isEmpty();
	}

	private Throwable fails(Runnable call) {
		Throwable failure = catchThrowable(call::run);
		assertThat(failure).isNotNull();
		this.failures.add(failure);
		return failure;
	}

	private RunningApplication start(TestAuthorizationServer server) {
		// After the authorization server, an application of its own that set up logging as it started.
		RecordedLog.startRecording();
		return RunningApplication.start(configure(RunningApplication.builder(dataSource(), LeakTestApplication.class)
			.properties(RecordedLog.LOGGING_CONFIG, "logging.level.root=DEBUG",
					"logging.level.io.github.authadapter=DEBUG", "logging.level.org.springframework.security=DEBUG",
					// The JDK's HTTP clients print whole requests with their headers at debug level: the test's
					// browser, and the application's OAuth client calling the provider. That is the wire, below the
					// application.
					"logging.level.jdk.internal.httpclient=INFO", "logging.level.sun.net.www.protocol.http=INFO",
					// Hibernate and MariaDB's driver log the database's own text of a failed statement, which quotes
					// a duplicate key; the README says so. The exception the adapter throws instead is checked below.
					"logging.level.org.hibernate.orm.jdbc.error=OFF",
					"logging.level.org.mariadb.jdbc.message.server.ErrorPacket=OFF")
			.properties(server.clientRegistration("idp"))));
	}

}
