package io.github.authadapter.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAuthenticator;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.test.AuthJsScript;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A passkey shared between the sample app and a Next.js app on Auth.js, on PostgreSQL, with Chromium's virtual
 * authenticator in between: one registered the way Auth.js's Passkey provider registers it (its options and
 * verification with {@code @simplewebauthn/server}, its base64 fields, its user and {@code webauthn} account written by
 * {@code @auth/pg-adapter}) signs in to the sample app, and one registered in the sample app passes Auth.js's
 * verification of a sign-in, read with Auth.js's decoding of the row. The Node side is
 * {@code interop/passkeys/passkey-interop.mjs}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasskeyInteropTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	// What @simplewebauthn/browser 9's startRegistration does with the options, answered as RegistrationResponseJSON.
	private static final String CREATE_CREDENTIAL = """
			const options = JSON.parse(arguments[0]);
			const done = arguments[arguments.length - 1];
			const toB64url = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
				.replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
			const fromB64url = (text) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')),
				(c) => c.charCodeAt(0));
			(async () => {
				const credential = await navigator.credentials.create({ publicKey: { ...options,
					challenge: fromB64url(options.challenge),
					user: { ...options.user, id: new TextEncoder().encode(options.user.id) },
					excludeCredentials: options.excludeCredentials.map((c) => ({ ...c, id: fromB64url(c.id) })) } });
				done(JSON.stringify({ id: credential.id, rawId: toB64url(credential.rawId), type: credential.type,
					clientExtensionResults: credential.getClientExtensionResults(),
					authenticatorAttachment: credential.authenticatorAttachment,
					response: { clientDataJSON: toB64url(credential.response.clientDataJSON),
						attestationObject: toB64url(credential.response.attestationObject),
						transports: credential.response.getTransports() } }));
			})().catch((error) => done('error: ' + error));
			""";

	// What @simplewebauthn/browser 9's startAuthentication does, answered as AuthenticationResponseJSON.
	private static final String GET_ASSERTION = """
			const options = JSON.parse(arguments[0]);
			const done = arguments[arguments.length - 1];
			const toB64url = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
				.replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
			const fromB64url = (text) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')),
				(c) => c.charCodeAt(0));
			(async () => {
				const credential = await navigator.credentials.get({ publicKey: {
					challenge: fromB64url(options.challenge), rpId: options.rpId, timeout: options.timeout,
					userVerification: options.userVerification } });
				done(JSON.stringify({ id: credential.id, rawId: toB64url(credential.rawId), type: credential.type,
					clientExtensionResults: credential.getClientExtensionResults(),
					authenticatorAttachment: credential.authenticatorAttachment,
					response: { authenticatorData: toB64url(credential.response.authenticatorData),
						clientDataJSON: toB64url(credential.response.clientDataJSON),
						signature: toB64url(credential.response.signature),
						userHandle: credential.response.userHandle ? toB64url(credential.response.userHandle) : undefined } }));
			})().catch((error) => done('error: ' + error));
			""";

	private ConfigurableApplicationContext app;

	private int port;

	private Adapter adapter;

	private AuthJsScript authJs;

	private ChromeDriver browser;

	@BeforeAll
	void startTheSampleApp() {
		this.authJs = AuthJsScript.in("passkeys", "@simplewebauthn/server", "passkey-interop.mjs", database);
		// The allowed origin names the port, so the port is chosen before the application starts.
		this.port = freePort();
		this.app = new SpringApplicationBuilder(SampleApplication.class).run("--server.port=" + this.port,
				"--spring.profiles.active=dev", "--spring.main.banner-mode=off", "--AUTH_GITHUB_ID=",
				"--AUTH_GOOGLE_ID=", "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--auth.adapter.passkeys.rp-id=localhost",
				"--auth.adapter.passkeys.allowed-origins=" + origin());
		this.adapter = this.app.getBean(Adapter.class);
	}

	@AfterAll
	void stopTheSampleApp() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@BeforeEach
	void startBrowser() throws Exception {
		HeadlessChromium.assumeInstalled();
		this.browser = HeadlessChromium.start(Files.createTempDirectory("chromium-profile"));
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
	void aPasskeyRegisteredByAuthJsSignsInToTheSampleApp() {
		String email = "ada.authjs-passkey@example.com";
		open("/");
		JsonNode options = this.authJs.run("registration-options",
				Map.of("email", email, "rpId", "localhost", "rpName", "Inkwell"));
		String response = browserAnswer(CREATE_CREDENTIAL, options);
		JsonNode registered = this.authJs.run("register", Map.of("email", email, "challenge",
				options.get("challenge").asString(), "response", json(response), "origin", origin(), "rpId", "localhost"));

		String credentialID = registered.get("authenticator").get("credentialID").asString();
		AdapterAuthenticator stored = this.adapter.getAuthenticator(credentialID).orElseThrow();
		AdapterUser user = this.adapter.getUserByEmail(email).orElseThrow();
		assertThat(stored.userId()).isEqualTo(user.id());
		assertThat(this.adapter.getAccount("passkey", credentialID))
			.hasValueSatisfying((account) -> assertThat(account.type()).isEqualTo("webauthn"));

		this.browser.findElement(By.id("passkey-sign-in")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> driver.manage().getCookieNamed("authjs.session-token") != null
					&& text().contains("Welcome back"));
		HeadlessChromium.screenshot(this.browser, "passkey-interop-01-authjs-passkey-signed-in");
		open("/api/auth/session");
		assertThat(text()).contains("\"email\":\"" + email + "\"");
		assertThat(this.adapter.getAuthenticator(credentialID).orElseThrow().counter())
			.isGreaterThan(stored.counter());
	}

	@Test
	void aPasskeyRegisteredInTheSampleAppSignsInWithAuthJs() {
		String email = "grace.spring-passkey@example.com";
		signInByEmail(email);
		AdapterUser user = this.adapter.getUserByEmail(email).orElseThrow();
		open("/webauthn/register");
		this.browser.findElement(By.id("label")).sendKeys("Laptop");
		this.browser.findElement(By.id("register")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> !this.adapter.listAuthenticatorsByUserId(user.id()).isEmpty());
		AdapterAuthenticator registered = this.adapter.listAuthenticatorsByUserId(user.id()).get(0);
		open("/account");
		submitAndWait(this.browser.findElement(By.id("sign-out")));

		JsonNode options = this.authJs.run("authentication-options", Map.of("rpId", "localhost"));
		String response = browserAnswer(GET_ASSERTION, options);
		JsonNode signedIn = this.authJs.run("authenticate", Map.of("challenge", options.get("challenge").asString(),
				"response", json(response), "origin", origin(), "rpId", "localhost"));

		assertThat(signedIn.get("credentialID").asString()).isEqualTo(registered.credentialID());
		assertThat(signedIn.get("user").get("id").asString()).isEqualTo(user.id());
		assertThat(signedIn.get("user").get("email").asString()).isEqualTo(email);
		long authJsCounter = signedIn.get("newCounter").asLong();
		assertThat(authJsCounter).isGreaterThan(registered.counter());
		assertThat(this.adapter.getAuthenticator(registered.credentialID()).orElseThrow().counter())
			.isEqualTo(authJsCounter);

		// The counter that Auth.js stored is the one the sample app checks next.
		open("/");
		this.browser.findElement(By.id("passkey-sign-in")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> driver.manage().getCookieNamed("authjs.session-token") != null
					&& text().contains("Welcome back"));
		assertThat(this.adapter.getAuthenticator(registered.credentialID()).orElseThrow().counter())
			.isGreaterThan(authJsCounter);
	}

	private String browserAnswer(String script, JsonNode options) {
		String answer = (String) this.browser.executeAsyncScript(script, options.toString());
		assertThat(answer).as("the virtual authenticator's answer").doesNotStartWith("error:");
		return answer;
	}

	private JsonNode json(String text) {
		return this.authJs.json().readTree(text);
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

	private String origin() {
		return "http://localhost:" + this.port;
	}

	private void open(String path) {
		this.browser.get(origin() + path);
	}

	private String text() {
		return this.browser.findElement(By.tagName("body")).getText();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port for the passkey interop test", ex);
		}
	}

}
