package io.github.authadapter.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.test.oauth.TestAuthorizationServer;
import io.github.authadapter.test.oauth.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign in with Apple's {@code response_mode=form_post} in a real browser, with the client secret that the app signs
 * with its Sign in with Apple key from the README's properties, checked at the provider as Apple checks it, across sites as it happens with Apple: the
 * app is at {@code 127.0.0.1}, the provider (the test authorization server, registered as the catalogued
 * {@code apple} provider at its issuer, answering in form_post as Apple does) at {@code localhost}, another site, so
 * that its page posts the answer to the callback cross-site and Chromium applies its SameSite rules. The sign-in
 * succeeds with the name from Apple's {@code user} field; the same flow with a SameSite=Lax request cookie fails, as
 * Chromium does not send it; and posts that no sign-in of the browser started end on the error page, not a 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormPostSignInBrowserTests {

	private static final String COOKIE = "auth-adapter.oauth-request";

	/**
	 * The Sign in with Apple key, whose private half the app signs its client secrets with and whose public half the
	 * provider checks them against.
	 */
	private final KeyPair appleKey = appleKey();

	private TestAuthorizationServer server;

	private ConfigurableApplicationContext app;

	private String appUrl;

	@RegisterExtension
	final HeadlessChromium.PerTest chromium = new HeadlessChromium.PerTest();

	private ChromeDriver browser;

	@BeforeAll
	void start() {
		HeadlessChromium.assumeInstalled();
		this.server = TestAuthorizationServer.builder()
			.user(new TestUser("ada", "ada-pw", 4001, "Ada Lovelace", "ada@example.com", null))
			.user(new TestUser("bob", "bob-pw", 4002, "Bob Marley", "bob@example.com", null))
			.appleClient(new TestAuthorizationServer.AppleKey("apple", "TEAM123456", "ABC123DEFG",
					(ECPublicKey) this.appleKey.getPublic()))
			.client("inkwell-id")
			.start();
		this.app = new SpringApplicationBuilder(SampleApplication.class).properties(this.server.clientRegistration("inkwell-id"))
			.run("--server.port=0", "--spring.profiles.active=test",
					"--auth.adapter.secret=sample-form-post-test-secret-32-bytes", "--auth.adapter.email.log-links=true",
					"--auth.adapter.trusted-hosts=127.0.0.1",
					"--spring.datasource.url=jdbc:h2:mem:sample-form-post-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					// The README's properties, and, as a test must, the provider's issuer: the rest is the catalogue's.
					"--spring.security.oauth2.client.registration.apple.client-id=apple",
					"--auth.adapter.oauth.registration.apple.client-secret.team-id=TEAM123456",
					"--auth.adapter.oauth.registration.apple.client-secret.key-id=ABC123DEFG",
					"--auth.adapter.oauth.registration.apple.client-secret.private-key=" + pem(this.appleKey),
					"--spring.security.oauth2.client.provider.apple.issuer-uri=" + this.server.issuerUri());
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

	@BeforeEach
	void browser() {
		this.browser = this.chromium.driver();
	}

	@Test
	void signsInWithTheAnswerPostedFromTheProvidersSite() {
		startSignIn();
		Map<String, Object> cookie = requestCookie().orElseThrow();
		assertThat(cookie).containsEntry("sameSite", "None").containsEntry("secure", true)
			.containsEntry("httpOnly", true).containsEntry("path", "/api/auth");
		int answers = this.server.formPostAnswers();

		logIn("ada");
		new WebDriverWait(this.browser, Duration.ofSeconds(15))
			.until((driver) -> driver.getCurrentUrl().startsWith(this.appUrl + "/")
					&& !driver.getCurrentUrl().contains("/api/auth/callback"));
		HeadlessChromium.screenshot(this.browser, "form-post-01-signed-in");

		assertThat(this.server.formPostAnswers()).isEqualTo(answers + 1);
		assertThat(this.server.appleClientSecretsVerified()).as("the JWT client secret, checked as Apple does")
			.isPositive();
		assertThat(this.browser.getCurrentUrl()).doesNotContain("error");
		this.browser.get(this.appUrl + "/api/auth/session");
		assertThat(text()).contains("Ada Lovelace", "ada@example.com");
		AdapterUser user = this.app.getBean(Adapter.class).getUserByAccount("apple", "ada").orElseThrow();
		// Apple's user field, which the provider posts the first time only, names the user; no image, as Auth.js.
		assertThat(user.name()).isEqualTo("Ada Lovelace");
		assertThat(user.email()).isEqualTo("ada@example.com");
		assertThat(user.image()).isNull();
		assertThat(this.app.getBean(Adapter.class).getAccount("apple", "ada").orElseThrow().type()).isEqualTo("oidc");
		assertThat(requestCookie()).as("the pending request is removed").isEmpty();
	}

	/**
	 * The control: with the request cookie SameSite=Lax, as for the other providers, Chromium does not send it with
	 * the provider's cross-site post, and the sign-in cannot complete. Without this, the test above would prove
	 * nothing about SameSite.
	 */
	@Test
	void aLaxRequestCookieDoesNotTravelWithTheCrossSitePost() {
		startSignIn();
		Map<String, Object> cookie = requestCookie().orElseThrow();
		this.browser.executeCdpCommand("Network.setCookie", Map.of("name", COOKIE, "value", cookie.get("value"),
				"domain", "127.0.0.1", "path", "/api/auth", "httpOnly", true, "sameSite", "Lax"));
		assertThat(requestCookie().orElseThrow()).containsEntry("sameSite", "Lax");

		logIn("bob");
		waitForErrorPage();

		assertThat(text()).contains("Sign-in did not complete");
		assertThat(this.app.getBean(Adapter.class).getUserByAccount("apple", "bob")).isEmpty();
	}

	@Test
	void aPostThatNoSignInOfThisBrowserStartedEndsOnTheErrorPage() {
		postFromAnotherSite("forged-code", "forged-state");
		waitForErrorPage();
		assertThat(text()).contains("Sign-in did not complete");
		HeadlessChromium.screenshot(this.browser, "form-post-02-forged-post");

		// With a sign-in pending, a post with another state is refused the same way, and leaves the sign-in pending.
		startSignIn();
		String pending = (String) requestCookie().orElseThrow().get("value");
		postFromAnotherSite("forged-code", "another-state");
		waitForErrorPage();
		assertThat(requestCookie().orElseThrow()).containsEntry("value", pending);
	}

	@Test
	void aPostToTheCallbackOfAProviderThatRedirectsIsStillRefusedFromAnotherSite() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.appUrl + "/api/auth/callback/inkwell-id"))
				.header("Origin", this.server.issuerUri())
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("code=c&state=s"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("came from a page of another site");
	}

	private void startSignIn() {
		this.browser.get(this.appUrl + "/");
		HeadlessChromium.submitAndWait(this.browser, this.browser.findElement(By.id("sign-in-apple")));
		assertThat(this.browser.getCurrentUrl()).startsWith(this.server.issuerUri() + "/login");
	}

	private void logIn(String username) {
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(username + "-pw");
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

	/**
	 * A page of another site, {@code localhost}, that posts a form to the app's Apple callback, as a forger would.
	 */
	private void postFromAnotherSite(String code, String state) {
		String page = "<form method=post action='" + this.appUrl + "/api/auth/callback/apple'>"
				+ "<input name=code value='" + code + "'><input name=state value='" + state + "'></form>"
				+ "<script>document.forms[0].submit()</script>";
		this.browser.get(this.server.issuerUri() + "/login");
		this.browser.executeScript("document.open(); document.write(arguments[0]); document.close();", page);
	}

	private void waitForErrorPage() {
		new WebDriverWait(this.browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.urlContains(this.appUrl + "/api/auth/error?error=OAuthCallbackError"));
	}

	@SuppressWarnings("unchecked")
	private Optional<Map<String, Object>> requestCookie() {
		Map<String, Object> result = this.browser.executeCdpCommand("Network.getAllCookies", Map.of());
		return ((List<Map<String, Object>>) result.get("cookies")).stream()
			.filter((cookie) -> COOKIE.equals(cookie.get("name")) && "127.0.0.1".equals(cookie.get("domain")))
			.findFirst();
	}

	private static KeyPair appleKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The private key as the {@code AuthKey_<key id>.p8} file of Apple's developer site has it.
	 */
	private static String pem(KeyPair key) {
		return "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(key.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
	}

	private String text() {
		return this.browser.findElement(By.tagName("body")).getText();
	}

}
