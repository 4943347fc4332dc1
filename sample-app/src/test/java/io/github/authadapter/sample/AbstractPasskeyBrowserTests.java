package io.github.authadapter.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAuthenticator;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.web.SignInMethod;
import io.github.authadapter.web.SignInSucceededEvent;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in a real browser with a virtual authenticator (the DevTools protocol's WebAuthn domain): a signed-in
 * user registers a passkey on Spring Security's registration page, signs out, signs in with the passkey through
 * {@code POST /login/webauthn} and gets the Auth.js session cookie; the authenticator row and its {@code webauthn}
 * account are Auth.js's, and the counter moved on. The sample app runs in its {@code dev} profile on the database of
 * the subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractPasskeyBrowserTests {

	// What Spring Security's passkey script does, written out so that the test sees each answer.
	private static final String SIGN_IN_WITH_PASSKEY = """
			const done = arguments[arguments.length - 1];
			const toB64url = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
				.replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
			const fromB64url = (text) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')),
				(c) => c.charCodeAt(0));
			(async () => {
				const csrf = (await (await fetch('/api/auth/csrf')).json()).csrfToken;
				const options = await (await fetch('/webauthn/authenticate/options',
					{ method: 'POST', headers: { 'X-CSRF-Token': csrf } })).json();
				const credential = await navigator.credentials.get({ publicKey: {
					challenge: fromB64url(options.challenge), rpId: options.rpId,
					userVerification: options.userVerification,
					allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: fromB64url(c.id) })) } });
				const body = { id: credential.id, rawId: toB64url(credential.rawId), type: credential.type,
					clientExtensionResults: credential.getClientExtensionResults(),
					authenticatorAttachment: credential.authenticatorAttachment,
					response: { authenticatorData: toB64url(credential.response.authenticatorData),
						clientDataJSON: toB64url(credential.response.clientDataJSON),
						signature: toB64url(credential.response.signature),
						userHandle: credential.response.userHandle ? toB64url(credential.response.userHandle) : null } };
				const answer = await fetch('/login/webauthn', { method: 'POST',
					headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf }, body: JSON.stringify(body) });
				done({ status: answer.status, body: await answer.text(), sent: JSON.stringify(body) });
			})().catch((error) => done({ status: -1, body: String(error) }));
			""";

	// Posts each body to /login/webauthn after new request options, and answers the statuses by name.
	private static final String POST_ASSERTIONS = """
			const bodies = arguments[0];
			const done = arguments[arguments.length - 1];
			(async () => {
				const csrf = (await (await fetch('/api/auth/csrf')).json()).csrfToken;
				const statuses = {};
				for (const [name, body] of Object.entries(bodies)) {
					if (name !== 'withoutOptions') {
						await fetch('/webauthn/authenticate/options', { method: 'POST', headers: { 'X-CSRF-Token': csrf } });
					}
					const answer = await fetch('/login/webauthn', { method: 'POST',
						headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf }, body });
					statuses[name] = answer.status;
				}
				done(statuses);
			})().catch((error) => done({ error: String(error) }));
			""";

	private ConfigurableApplicationContext app;

	private int port;

	private Adapter adapter;

	private final List<SignInSucceededEvent> signIns = new CopyOnWriteArrayList<>();

	protected abstract TestDatabase database();

	/**
	 * More properties of the sample app, such as another session strategy.
	 */
	protected String[] moreProperties() {
		return new String[0];
	}

	/**
	 * Whether the sessions are Auth.js database sessions, rows that the test can look up.
	 */
	protected boolean databaseSessions() {
		return true;
	}

	@BeforeAll
	void startTheSampleApp() {
		TestDatabase database = database();
		// The allowed origin names the port, so the port is chosen before the application starts.
		this.port = freePort();
		this.app = new SpringApplicationBuilder(SampleApplication.class).properties(moreProperties())
			.run("--server.port=" + this.port,
				"--spring.profiles.active=dev", "--spring.main.banner-mode=off", "--AUTH_GITHUB_ID=",
				"--AUTH_GOOGLE_ID=", "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--auth.adapter.passkeys.rp-id=localhost",
				"--auth.adapter.passkeys.allowed-origins=http://localhost:" + this.port);
		this.adapter = this.app.getBean(Adapter.class);
		this.app.addApplicationListener((ApplicationEvent event) -> {
			if (event instanceof PayloadApplicationEvent<?> payload
					&& payload.getPayload() instanceof SignInSucceededEvent signIn) {
				this.signIns.add(signIn);
			}
		});
	}

	@AfterAll
	void stopTheSampleApp() {
		if (this.app != null) {
			this.app.close();
		}
	}

	private ChromeDriver browser;

	@BeforeEach
	void startBrowser() throws Exception {
		HeadlessChromium.assumeInstalled();
		Path userDataDir = Files.createTempDirectory("chromium-profile");
		this.browser = HeadlessChromium.start(userDataDir);
		this.browser.executeCdpCommand("WebAuthn.enable", Map.of());
		this.browser.executeCdpCommand("WebAuthn.addVirtualAuthenticator", Map.of("options",
				Map.of("protocol", "ctap2", "transport", "internal", "hasResidentKey", true, "hasUserVerification", true,
						"isUserVerified", true, "automaticPresenceSimulation", true)));
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void registersAPasskeyFromTheAccountPageSignsOutAndSignsInWithIt() {
		signInByEmail("ada.passkey@example.com");
		AdapterUser user = this.adapter.getUserByEmail("ada.passkey@example.com").orElseThrow();
		assertThat(this.browser.findElement(By.id("passkeys")).getText()).contains("None yet");

		this.browser.findElement(By.id("manage-passkeys")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/webauthn/register"));
		this.browser.findElement(By.id("label")).sendKeys("Laptop");
		this.browser.findElement(By.id("register")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> !this.adapter.listAuthenticatorsByUserId(user.id()).isEmpty());
		HeadlessChromium.screenshot(this.browser, "passkey-01-registered");

		List<AdapterAuthenticator> authenticators = this.adapter.listAuthenticatorsByUserId(user.id());
		assertThat(authenticators).hasSize(1);
		AdapterAuthenticator registered = authenticators.get(0);
		assertThat(registered.credentialID()).isEqualTo(registered.providerAccountId()).doesNotContain("-", "_");
		assertThat(registered.transports()).isEqualTo("internal");
		assertThat(this.adapter.getAccount("passkey", registered.credentialID()))
			.hasValueSatisfying((account) -> assertThat(account.type()).isEqualTo("webauthn"));

		open("/account");
		assertThat(this.browser.findElement(By.id("passkeys")).getText()).contains("1 passkey");
		submitAndWait(this.browser.findElement(By.id("sign-out")));
		assertThat(this.browser.manage().getCookieNamed("authjs.session-token")).isNull();
		this.signIns.clear();

		open("/");
		this.browser.findElement(By.id("passkey-sign-in")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> driver.manage().getCookieNamed("authjs.session-token") != null
					&& text().contains("Welcome back"));
		HeadlessChromium.screenshot(this.browser, "passkey-02-signed-in");

		Cookie session = this.browser.manage().getCookieNamed("authjs.session-token");
		if (databaseSessions()) {
			assertThat(this.adapter.getSessionAndUser(session.getValue()))
				.hasValueSatisfying((found) -> assertThat(found.user().id()).isEqualTo(user.id()));
		}
		else {
			assertThat(session.getValue()).as("a JWE, not a session token").hasSizeGreaterThan(200);
			assertThat(this.adapter.getSessionAndUser(session.getValue())).isEmpty();
		}
		open("/api/auth/session");
		assertThat(text()).contains("\"email\":\"ada.passkey@example.com\"");
		assertThat(this.signIns)
			.singleElement()
			.satisfies((event) -> {
				assertThat(event.method()).isEqualTo(SignInMethod.WEBAUTHN);
				assertThat(event.provider()).isEqualTo("passkey");
				assertThat(event.user().id()).isEqualTo(user.id());
			});
		assertThat(this.adapter.getAuthenticator(registered.credentialID()).orElseThrow().counter())
			.isGreaterThan(registered.counter());
		open("/account");
		assertThat(this.browser.getCurrentUrl()).endsWith("/account");
		assertThat(text()).contains("ada.passkey@example.com");

		this.browser.findElement(By.id("manage-passkeys")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/webauthn/register"));
		this.browser.findElement(By.cssSelector("form.delete-form button")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> this.adapter.listAuthenticatorsByUserId(user.id()).isEmpty());
		assertThat(this.adapter.getAccount("passkey", registered.credentialID())).isEmpty();
		assertThat(this.adapter.getUser(user.id())).isPresent();
		HeadlessChromium.screenshot(this.browser, "passkey-03-deleted");
	}

	@Test
	void answersBadAssertionsWithA401AndChangesNothing() {
		signInByEmail("katherine.passkey@example.com");
		AdapterUser user = this.adapter.getUserByEmail("katherine.passkey@example.com").orElseThrow();
		open("/webauthn/register");
		this.browser.findElement(By.id("label")).sendKeys("Key");
		this.browser.findElement(By.id("register")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> !this.adapter.listAuthenticatorsByUserId(user.id()).isEmpty());
		open("/account");
		submitAndWait(this.browser.findElement(By.id("sign-out")));
		open("/");
		@SuppressWarnings("unchecked")
		Map<String, Object> signIn = (Map<String, Object>) this.browser.executeAsyncScript(SIGN_IN_WITH_PASSKEY);
		assertThat(signIn.get("status")).isEqualTo(200L);
		AdapterAuthenticator used = this.adapter.listAuthenticatorsByUserId(user.id()).get(0);
		this.browser.manage().deleteCookieNamed("authjs.session-token");
		this.signIns.clear();
		String unknown = "{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"clientExtensionResults\":{},"
				+ "\"response\":{\"authenticatorData\":\"AAAA\",\"clientDataJSON\":\"e30\",\"signature\":\"AAAA\"}}";
		Map<String, String> bodies = new LinkedHashMap<>();
		bodies.put("notJson", "{not json");
		bodies.put("withoutOptions", (String) signIn.get("sent"));
		bodies.put("replayed", (String) signIn.get("sent"));
		bodies.put("unknownCredential", unknown);
		bodies.put("oversized", "{\"id\":\"" + "A".repeat(3_000_000) + "\"}");

		@SuppressWarnings("unchecked")
		Map<String, Object> statuses = (Map<String, Object>) this.browser.executeAsyncScript(POST_ASSERTIONS, bodies);

		assertThat(statuses).containsOnlyKeys(bodies.keySet()).allSatisfy((name, status) -> assertThat(status)
			.as(name)
			.isEqualTo(401L));
		assertThat(this.browser.manage().getCookieNamed("authjs.session-token")).isNull();
		assertThat(this.adapter.getAuthenticator(used.credentialID())).contains(used);
		assertThat(this.signIns).isEmpty();
	}

	@Test
	void refusesAPasskeyWhoseCounterWentBackwards() {
		signInByEmail("grace.passkey@example.com");
		AdapterUser user = this.adapter.getUserByEmail("grace.passkey@example.com").orElseThrow();
		open("/webauthn/register");
		this.browser.findElement(By.id("label")).sendKeys("Phone");
		this.browser.findElement(By.id("register")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> !this.adapter.listAuthenticatorsByUserId(user.id()).isEmpty());
		String credentialID = this.adapter.listAuthenticatorsByUserId(user.id()).get(0).credentialID();
		open("/account");
		submitAndWait(this.browser.findElement(By.id("sign-out")));
		// As if a clone of the authenticator had signed in already and counted further than this one.
		this.adapter.updateAuthenticatorCounter(credentialID, 1_000_000);
		this.signIns.clear();

		open("/");
		@SuppressWarnings("unchecked")
		Map<String, Object> answer = (Map<String, Object>) this.browser.executeAsyncScript(SIGN_IN_WITH_PASSKEY);

		assertThat(answer.get("status")).isEqualTo(401L);
		open("/");
		this.browser.findElement(By.id("passkey-sign-in")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("passkeyError"));
		assertThat(this.browser.findElement(By.id("passkey-error")).getText()).contains("did not sign you in");
		HeadlessChromium.screenshot(this.browser, "passkey-04-refused");
		assertThat(this.browser.manage().getCookieNamed("authjs.session-token")).isNull();
		assertThat(this.adapter.getAuthenticator(credentialID).orElseThrow().counter()).isEqualTo(1_000_000);
		assertThat(this.signIns).isEmpty();
	}

	private void signInByEmail(String email) {
		open("/");
		this.browser.findElement(By.id("email")).sendKeys(email);
		submitAndWait(this.browser.findElement(By.cssSelector("form button[type=submit]")));
		open("/outbox");
		this.browser.get(this.browser.findElement(By.linkText("Open sign-in link")).getAttribute("href"));
		submitAndWait(this.browser.findElement(By.id("confirm")));
		assertThat(this.browser.getCurrentUrl()).endsWith("/account");
	}

	private void submitAndWait(WebElement button) {
		HeadlessChromium.submitAndWait(this.browser, button);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String text() {
		return this.browser.findElement(By.tagName("body")).getText();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port for the passkey browser test", ex);
		}
	}

}
