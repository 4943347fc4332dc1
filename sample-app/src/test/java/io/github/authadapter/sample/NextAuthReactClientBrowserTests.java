package io.github.authadapter.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auth.js's own browser client, {@code next-auth/react} from npm bundled by {@code interop/authjs-client}, on a page
 * of the sample app in headless Chromium, unchanged: it reads the providers and the CSRF token, asks for a sign-in
 * link without leaving the page, and once the link from the outbox is used, reads the session and signs out.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:next-auth-react-tests;DB_CLOSE_DELAY=-1", "AUTH_GITHUB_ID=",
				"AUTH_GOOGLE_ID=" })
@ActiveProfiles("dev")
@Import(NextAuthReactPage.class)
class NextAuthReactClientBrowserTests {

	private static final String PAGE = NextAuthReactPage.PATH;

	@LocalServerPort
	int port;

	@Autowired
	Outbox outbox;

	private ChromeDriver browser;

	@BeforeEach
	void startBrowser() throws IOException {
		HeadlessChromium.assumeInstalled();
		NextAuthReactPage.assumeBundled();
		this.browser = HeadlessChromium.start(Files.createTempDirectory("chromium-profile"));
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void signsInByEmailAndOutWithAuthJsBrowserClient() {
		open(PAGE);
		JsonNode providers = call("getProviders()");
		assertThat(providers.propertyNames()).containsExactly("email");
		assertThat(providers.get("email").get("type").asString()).isEqualTo("email");
		assertThat(providers.get("email").get("signinUrl").asString()).isEqualTo(url("/api/auth/signin/email"));
		assertThat(call("getCsrfToken()").asString()).hasSizeGreaterThan(32);
		assertThat(call("getSession()").isNull()).isTrue();

		JsonNode refused = call("signIn('email', { email: 'not an address', redirect: false })");
		assertThat(refused.get("error").asString()).isEqualTo("EmailSignin");
		assertThat(refused.get("url").isNull()).isTrue();

		// A trailing no-break space, as a copied address has, is trimmed as Auth.js trims it.
		JsonNode sent = call("signIn('email', { email: 'Grace.Hopper@Example.com\\u00a0', redirect: false, "
				+ "redirectTo: location.origin + '/account' })");
		assertThat(sent.get("ok").asBoolean()).isTrue();
		assertThat(sent.has("error")).as("no error: %s", sent).isFalse();
		assertThat(sent.get("url").asString()).isEqualTo(url("/check-email?provider=email&type=email"));
		Outbox.Message message = this.outbox.messages().get(0);
		assertThat(message.to()).isEqualTo("grace.hopper@example.com");

		this.browser.get(message.link());
		submit(this.browser.findElement(By.id("confirm")));
		assertThat(this.browser.getCurrentUrl()).as("the absolute callback URL of the client")
			.isEqualTo(url("/account"));

		open(PAGE);
		JsonNode session = call("getSession()");
		assertThat(session.get("user").get("email").asString()).isEqualTo("grace.hopper@example.com");
		assertThat(session.get("expires").asString()).isNotEmpty();
		JsonNode signedOut = call("signOut({ redirect: false })");
		assertThat(signedOut.get("url").asString()).isEqualTo("/next-auth-react/page.html");
		assertThat(call("getSession()").isNull()).isTrue();
		HeadlessChromium.screenshot(this.browser, "next-auth-react-01-signed-out");
	}

	@Test
	void servesTheSignOutPageAndTheErrorPageThatTheClientLinksTo() {
		open("/api/auth/signout?callbackUrl=/check-email");
		assertThat(text()).contains("Are you sure you want to sign out?");
		HeadlessChromium.screenshot(this.browser, "next-auth-react-02-sign-out-page");
		submit(this.browser.findElement(By.id("sign-out")));
		assertThat(this.browser.getCurrentUrl()).isEqualTo(url("/check-email"));

		open("/api/auth/error?error=Verification");
		assertThat(text()).contains("This sign-in link does not work");
	}

	private JsonNode call(String expression) {
		return NextAuthReactPage.call(this.browser, expression);
	}

	private void submit(WebElement button) {
		HeadlessChromium.submitAndWait(this.browser, button);
	}

	private void open(String path) {
		this.browser.get(url(path));
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private String text() {
		return this.browser.findElement(By.tagName("body")).getText();
	}

}
