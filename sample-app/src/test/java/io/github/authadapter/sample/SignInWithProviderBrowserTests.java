package io.github.authadapter.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.github.authadapter.test.oauth.TestAuthorizationServer;
import io.github.authadapter.test.oauth.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in with a provider in a real browser: the button on the home page, the provider's login form, the account
 * page with the linked account, and the refusal to unlink the only way to sign in. The provider is a real OpenID
 * Connect server on a random port. Screenshots go to {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInWithProviderBrowserTests {

	private TestAuthorizationServer server;

	private SampleAppWithProvider app;

	private String appUrl;

	private ChromeDriver browser;

	private Path userDataDir;

	@BeforeAll
	void start() {
		HeadlessChromium.assumeInstalled();
		this.server = TestAuthorizationServer.builder()
			.user(new TestUser("quinn", "quinn-pw", 3001, "Quinn", null, null))
			.client("inkwell-id")
			.start();
		this.app = SampleAppWithProvider.start(this.server);
		this.appUrl = this.app.url();
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
	void startBrowser() throws Exception {
		this.userDataDir = Files.createTempDirectory("chromium-profile");
		this.browser = HeadlessChromium.start(this.userDataDir);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void signsInWithTheProviderAndKeepsItsOnlyWayToSignIn() {
		this.browser.get(this.appUrl + "/");
		HeadlessChromium.screenshot(this.browser, "oauth-01-home");
		submit(this.browser.findElement(By.id("sign-in-inkwell-id")));

		assertThat(this.browser.getCurrentUrl()).startsWith(this.server.issuerUri() + "/login");
		this.browser.findElement(By.id("username")).sendKeys("quinn");
		this.browser.findElement(By.id("password")).sendKeys("quinn-pw");
		HeadlessChromium.screenshot(this.browser, "oauth-02-provider-login");
		submit(this.browser.findElement(By.cssSelector("button[type=submit]")));
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/account"));

		assertThat(this.browser.getCurrentUrl()).isEqualTo(this.appUrl + "/account");
		assertThat(text()).contains("Quinn", "Inkwell ID", "oidc · quinn");
		HeadlessChromium.screenshot(this.browser, "oauth-03-account");

		WebElement account = this.browser.findElement(By.cssSelector("#linked-accounts li.account"));
		submit(account.findElement(By.tagName("button")));

		assertThat(this.browser.getCurrentUrl()).endsWith("/account?error=LastSignInMethod");
		assertThat(text()).contains("That account is your only way to sign in", "oidc · quinn");
		HeadlessChromium.screenshot(this.browser, "oauth-04-unlink-refused");
	}

	@Test
	void theStartersSignInPageOffersTheProviderToo() {
		this.browser.get(this.appUrl + "/api/auth/signin");
		assertThat(this.browser.findElement(By.id("sign-in-inkwell-id")).getText())
			.isEqualTo("Continue with Inkwell ID");
		assertThat(this.browser.findElement(By.id("email")).getAttribute("maxlength")).isEqualTo("254");
		HeadlessChromium.screenshot(this.browser, "oauth-05-starter-sign-in-page");
		submit(this.browser.findElement(By.id("sign-in-inkwell-id")));
		assertThat(this.browser.getCurrentUrl()).as("the provider's login form").startsWith(this.server.issuerUri());
	}

	@Test
	void authJsBrowserClientSignsInWithTheProvider() {
		NextAuthReactPage.assumeBundled();
		this.browser.get(this.appUrl + NextAuthReactPage.PATH);
		JsonNode providers = NextAuthReactPage.call(this.browser, "getProviders()");
		assertThat(providers.propertyNames()).contains("email", "inkwell-id");
		assertThat(providers.get("inkwell-id").get("type").asString()).isEqualTo("oidc");
		assertThat(providers.get("inkwell-id").get("name").asString()).isEqualTo("Inkwell ID");

		// signIn() posts with X-Auth-Return-Redirect and goes to the provider's address from the JSON answer.
		this.browser.executeScript("window.nextAuthReact.signIn('inkwell-id', { redirectTo: '/account' })");
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlContains(this.server.issuerUri() + "/login"));
		this.browser.findElement(By.id("username")).sendKeys("quinn");
		this.browser.findElement(By.id("password")).sendKeys("quinn-pw");
		submit(this.browser.findElement(By.cssSelector("button[type=submit]")));
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/account"));
		assertThat(this.browser.getCurrentUrl()).isEqualTo(this.appUrl + "/account");

		this.browser.get(this.appUrl + NextAuthReactPage.PATH);
		assertThat(NextAuthReactPage.call(this.browser, "getSession()").get("user").get("name").asString())
			.isEqualTo("Quinn");
	}

	private void submit(WebElement button) {
		HeadlessChromium.submitAndWait(this.browser, button);
	}

	private String text() {
		return this.browser.findElement(By.tagName("body")).getText();
	}

}
