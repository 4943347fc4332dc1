package io.github.authadapter.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

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
class NextAuthReactClientBrowserTests {

	static final Path BUNDLE = Path.of(System.getProperty("user.dir"))
		.resolve("../interop/authjs-client/dist/next-auth-client.js")
		.normalize();

	private static final String PAGE = "/next-auth-react/page.html";

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Outbox outbox;

	private ChromeDriver browser;

	@BeforeEach
	void startBrowser() throws IOException {
		HeadlessChromium.assumeInstalled();
		assumeBundled();
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

	/**
	 * Runs one call of the client on the page and returns what its promise resolves to.
	 */
	private JsonNode call(String expression) {
		Object result = this.browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				Promise.resolve().then(() => window.nextAuthReact.%s)
					.then((value) => done(JSON.stringify(value === undefined ? null : value)),
						(error) => done(JSON.stringify({ thrown: String(error) })));
				""".formatted(expression));
		JsonNode value = this.json.readTree((String) result);
		assertThat(value.has("thrown")).as("%s threw %s", expression, value).isFalse();
		return value;
	}

	private void submit(WebElement button) {
		WebElement page = this.browser.findElement(By.tagName("html"));
		button.click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
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

	private static void assumeBundled() {
		if (Files.isRegularFile(BUNDLE)) {
			return;
		}
		String message = "next-auth/react is not bundled at " + BUNDLE
				+ ". Bundle it with Node 20 or later: npm ci --prefix interop/authjs-client";
		if (Boolean.getBoolean(HeadlessChromium.REQUIRE_BROWSER_PROPERTY)) {
			Assertions.fail(message + " (required because " + HeadlessChromium.REQUIRE_BROWSER_PROPERTY + "=true)");
		}
		Assumptions.abort(message);
	}

	/**
	 * A page of the app's own origin with the bundled client, as a Next.js page would load it, open to anyone.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class ClientPage {

		@Bean
		@Order(0)
		SecurityFilterChain clientPageChain(HttpSecurity http) {
			return http.securityMatcher("/next-auth-react/**")
				.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.build();
		}

		@Bean
		ClientPageController clientPageController() {
			return new ClientPageController();
		}

	}

	@RestController
	static class ClientPageController {

		@GetMapping(PAGE)
		ResponseEntity<String> page() {
			return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("""
					<!DOCTYPE html>
					<html lang="en"><head><meta charset="utf-8"><title>next-auth/react</title>
					<script src="/next-auth-react/next-auth-client.js"></script></head>
					<body><p>Auth.js's browser client</p></body></html>
					""");
		}

		@GetMapping("/next-auth-react/next-auth-client.js")
		ResponseEntity<String> client() throws IOException {
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
				.body(Files.readString(BUNDLE));
		}

	}

}
