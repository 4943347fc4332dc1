package io.github.authadapter.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.UserSessions;
import io.github.authadapter.jwt.JwtSessionClaimsCustomizer;
import io.github.authadapter.test.AuthJsJwtScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in by email in a real browser with {@code auth.adapter.session.strategy=jwt}, as a person would, and hands
 * the browser's cookies to Auth.js's own {@code getToken} from {@code @auth/core}, as a Next.js app on the same host
 * would get them: it sees the same user. The token carries ten kilobytes of claims, so the browser keeps it in
 * chunks, and signing out removes every one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:jwt-browser-tests;DB_CLOSE_DELAY=-1", "AUTH_GITHUB_ID=",
				"AUTH_GOOGLE_ID=", "auth.adapter.session.strategy=jwt",
				"auth.adapter.secret=" + SignInWithJwtSessionBrowserTests.SECRET })
@ActiveProfiles("dev")
class SignInWithJwtSessionBrowserTests {

	static final String SECRET = "the AUTH_SECRET that the Next.js app has too";

	private static final String COOKIE = "authjs.session-token";

	@LocalServerPort
	int port;

	@Autowired
	Adapter adapter;

	@Autowired
	UserSessions userSessions;

	private AuthJsJwtScript authJs;

	private ChromeDriver browser;

	@BeforeEach
	void startBrowser() throws Exception {
		HeadlessChromium.assumeInstalled();
		this.authJs = AuthJsJwtScript.installed();
		Path userDataDir = Files.createTempDirectory("chromium-profile");
		this.browser = HeadlessChromium.start(userDataDir);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aSignInOnTheSpringSideIsTheSameUserForAuthJsAndSigningOutRemovesEveryChunk() {
		open("/");
		this.browser.findElement(By.id("email")).sendKeys("ada.lovelace@example.com");
		submit(this.browser.findElement(By.cssSelector("form button[type=submit]")));
		open("/outbox");
		this.browser.get(this.browser.findElement(By.linkText("Open sign-in link")).getAttribute("href"));
		submit(this.browser.findElement(By.id("confirm")));

		assertThat(this.browser.getCurrentUrl()).endsWith("/account");
		assertThat(text()).contains("ada.lovelace@example.com").contains("0 sessions");
		HeadlessChromium.screenshot(this.browser, "jwt-01-account");
		AdapterUser user = this.adapter.getUserByEmail("ada.lovelace@example.com").orElseThrow();
		assertThat(this.userSessions.findByUserId(user.id())).as("a JWT session stores no row").isEmpty();

		List<Cookie> chunks = sessionCookies();
		assertThat(chunks).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy((chunk) -> {
				assertThat(chunk.getName()).matches("authjs\\.session-token\\.\\d");
				assertThat(chunk.isHttpOnly()).isTrue();
				assertThat(chunk.getSameSite()).isEqualTo("Lax");
			});
		Map<String, String> cookies = new LinkedHashMap<>();
		this.browser.manage().getCookies().forEach((cookie) -> cookies.put(cookie.getName(), cookie.getValue()));
		JsonNode claims = this.authJs.run(Map.of("op", "getToken", "version", "v5", "cookies", cookies, "secret",
				SECRET, "cookieName", COOKIE)).get("claims");
		assertThat(claims.get("sub").asString()).isEqualTo(user.id());
		assertThat(claims.get("email").asString()).isEqualTo("ada.lovelace@example.com");
		assertThat(claims.get("role").asString()).isEqualTo("user");
		assertThat(claims.get("permissions")).hasSize(permissions().size());

		submit(this.browser.findElement(By.id("sign-out")));
		assertThat(text()).contains("Sign in or create an account");
		assertThat(sessionCookies()).isEmpty();
		HeadlessChromium.screenshot(this.browser, "jwt-02-signed-out");
		open("/account");
		assertThat(this.browser.getCurrentUrl()).as("the account page needs a session").contains("callbackUrl");
	}

	private List<Cookie> sessionCookies() {
		return this.browser.manage().getCookies().stream().filter((cookie) -> cookie.getName().startsWith(COOKIE))
			.toList();
	}

	private void submit(WebElement button) {
		HeadlessChromium.submitAndWait(this.browser, button);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String text() {
		return this.browser.findElement(By.tagName("body")).getText();
	}

	static List<String> permissions() {
		List<String> permissions = new ArrayList<>();
		for (int i = 0; permissions.size() * 24 < 10_240; i++) {
			permissions.add("permission:" + i + ":read-write");
		}
		return permissions;
	}

	/**
	 * Ten kilobytes of claims, as an application with many permissions puts into its tokens.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class ManyPermissions {

		@Bean
		JwtSessionClaimsCustomizer permissions() {
			return (claims, signIn) -> claims.put("permissions", SignInWithJwtSessionBrowserTests.permissions());
		}

	}

}
