package io.github.authadapter.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.UserSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in by email in a real browser, as a person would: the form, the outbox, the confirm page, the account page,
 * revoking a session, and signing out. Screenshots of each page go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:browser-tests;DB_CLOSE_DELAY=-1")
@ActiveProfiles("dev")
class SignInByEmailBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Adapter adapter;

	@Autowired
	UserSessions userSessions;

	private ChromeDriver browser;

	private Path userDataDir;

	@BeforeEach
	void startBrowser() throws Exception {
		HeadlessChromium.assumeInstalled();
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
	void signsInByEmailRevokesAnotherSessionAndSignsOut() {
		open("/");
		HeadlessChromium.screenshot(this.browser, "01-home");
		this.browser.findElement(By.id("email")).sendKeys("  Grace.Hopper@Example.COM ");
		submit(this.browser.findElement(By.cssSelector("form button[type=submit]")));

		assertThat(this.browser.getCurrentUrl()).endsWith("/check-email");
		assertThat(text()).contains("Check your email");
		HeadlessChromium.screenshot(this.browser, "02-check-email");

		open("/outbox");
		assertThat(text()).contains("grace.hopper@example.com");
		HeadlessChromium.screenshot(this.browser, "03-outbox");
		String link = this.browser.findElement(By.linkText("Open sign-in link")).getAttribute("href");
		this.browser.get(link);

		assertThat(text()).contains("Confirm sign in").contains("grace.hopper@example.com");
		assertThat(this.adapter.getUserByEmail("grace.hopper@example.com"))
			.as("opening the link consumes nothing and creates no user")
			.isEmpty();
		HeadlessChromium.screenshot(this.browser, "04-confirm");
		submit(this.browser.findElement(By.id("confirm")));

		assertThat(this.browser.getCurrentUrl()).endsWith("/account");
		assertThat(text()).contains("grace.hopper@example.com").contains("Verified").contains("This browser");
		assertThat(sessions()).hasSize(1);
		Cookie cookie = this.browser.manage().getCookieNamed("authjs.session-token");
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo("Lax");
		assertThat(this.browser.manage().getCookieNamed("JSESSIONID")).as("no HTTP session").isNull();
		HeadlessChromium.screenshot(this.browser, "05-account");
		// The session's device: Chromium's own User-Agent, and when it signed in.
		WebElement current = sessions().get(0);
		assertThat(current.findElement(By.cssSelector(".device")).getText())
			.isEqualTo(((JavascriptExecutor) this.browser).executeScript("return navigator.userAgent"));
		assertThat(current.findElement(By.cssSelector(".started")).getText()).startsWith("Signed in ")
			.contains(" UTC, last used ")
			.endsWith(" UTC");

		AdapterUser user = this.adapter.getUserByEmail("grace.hopper@example.com").orElseThrow();
		assertThat(user.emailVerified()).isNotNull();
		// A User-Agent is whatever the browser sent: the page shows it as text.
		AdapterSession other = this.adapter.createSession(new AdapterSession("other-browser-session-token-0001",
				user.id(), Instant.now().plus(10, ChronoUnit.DAYS)));
		this.userSessions.recordUserAgent(other.sessionToken(), "<b>Evil</b> Browser");
		open("/account");
		assertThat(sessions()).hasSize(2);
		assertThat(text()).contains("Another browser");
		HeadlessChromium.screenshot(this.browser, "06-account-two-sessions");

		WebElement otherRow = sessions().stream()
			.filter((row) -> "false".equals(row.getAttribute("data-current")))
			.findFirst()
			.orElseThrow();
		assertThat(otherRow.findElement(By.cssSelector(".device")).getText()).isEqualTo("<b>Evil</b> Browser");
		assertThat(otherRow.findElements(By.tagName("b"))).isEmpty();
		submit(otherRow.findElement(By.tagName("button")));
		assertThat(this.browser.getCurrentUrl()).endsWith("/account");
		assertThat(sessions()).hasSize(1);
		assertThat(this.adapter.getSessionAndUser(other.sessionToken())).isEmpty();
		HeadlessChromium.screenshot(this.browser, "07-account-revoked");

		String ownToken = cookie.getValue();
		submit(this.browser.findElement(By.id("sign-out")));
		assertThat(this.browser.getCurrentUrl()).endsWith("/?signedOut=true");
		assertThat(text()).contains("You are signed out.").contains("Sign in or create an account")
			.doesNotContain("signed out elsewhere");
		assertThat(this.adapter.getSessionAndUser(ownToken)).isEmpty();
		assertThat(this.browser.manage().getCookieNamed("authjs.session-token")).isNull();
		HeadlessChromium.screenshot(this.browser, "08-signed-out");

		open("/account");
		assertThat(this.browser.getCurrentUrl()).as("the account page needs a session").contains("callbackUrl");

		this.browser.get(link);
		submit(this.browser.findElement(By.id("confirm")));
		assertThat(text()).contains("This sign-in link does not work");
		HeadlessChromium.screenshot(this.browser, "09-used-link");
	}

	@Test
	void keepsARefusedAddressToCorrectIt() {
		open("/");
		// The browser's own check lets it through; the server refuses a domain without a dot.
		this.browser.findElement(By.id("email")).sendKeys("grace@localhost");
		submit(this.browser.findElement(By.cssSelector("form button[type=submit]")));
		assertThat(text()).contains("That does not look like an email address");
		WebElement email = this.browser.findElement(By.id("email"));
		assertThat(email.getAttribute("value")).isEqualTo("grace@localhost");
		assertThat(email.getAttribute("maxlength")).isEqualTo("254");
		HeadlessChromium.screenshot(this.browser, "10-refused-address");
	}

	@Test
	void saysWhenThisBrowserWasSignedOutElsewhere() {
		open("/");
		this.browser.findElement(By.id("email")).sendKeys("katherine.johnson@example.com");
		submit(this.browser.findElement(By.cssSelector("form button[type=submit]")));
		open("/outbox");
		this.browser.get(this.browser.findElement(By.linkText("Open sign-in link")).getAttribute("href"));
		submit(this.browser.findElement(By.id("confirm")));
		assertThat(this.browser.getCurrentUrl()).endsWith("/account");

		// "Sign out everywhere" on another browser deletes every session of the user, this browser's too.
		AdapterUser user = this.adapter.getUserByEmail("katherine.johnson@example.com").orElseThrow();
		this.userSessions.findByUserId(user.id())
			.forEach((session) -> this.adapter.deleteSession(session.sessionToken()));
		open("/account");
		assertThat(this.browser.getCurrentUrl()).contains("signedOutElsewhere=true").contains("callbackUrl");
		assertThat(text()).contains("This browser was signed out elsewhere.").doesNotContain("You are signed out.");
		HeadlessChromium.screenshot(this.browser, "11-signed-out-elsewhere");
		open("/");
		assertThat(text()).as("said once").doesNotContain("signed out elsewhere");
	}

	@Test
	void writesAndDeletesANoteOnTheNotesPage() {
		open("/");
		this.browser.findElement(By.id("email")).sendKeys("mary.jackson@example.com");
		submit(this.browser.findElement(By.cssSelector("form button[type=submit]")));
		open("/outbox");
		this.browser.get(this.browser.findElement(By.linkText("Open sign-in link")).getAttribute("href"));
		submit(this.browser.findElement(By.id("confirm")));

		this.browser.findElement(By.id("nav-notes")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/notes"));
		assertThat(text()).contains("No notes yet");
		this.browser.findElement(By.id("title")).sendKeys("Wind tunnel");
		this.browser.findElement(By.id("body")).sendKeys("Ask about the\nnew numbers");
		submit(this.browser.findElement(By.id("save-note")));
		assertThat(this.browser.findElements(By.cssSelector("#notes li.note"))).hasSize(1);
		assertThat(text()).contains("Wind tunnel").contains("Ask about the\nnew numbers");
		HeadlessChromium.screenshot(this.browser, "13-notes");

		submit(this.browser.findElement(By.cssSelector("#notes li.note button")));
		assertThat(text()).contains("No notes yet").doesNotContain("Wind tunnel");
	}

	@Test
	void errorPagesSayWhatHappenedAndPagesHaveAFavicon() {
		open("/api/auth/no-such-page");
		assertThat(text()).contains("We could not find that page");
		open("/api/auth/sessions/revoke");
		assertThat(text()).contains("That page does not take this kind of request").doesNotContain("notified");
		HeadlessChromium.screenshot(this.browser, "12-error-405");
		String icon = this.browser.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");
		this.browser.get(icon);
		assertThat(this.browser.getPageSource()).contains("<svg");
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

	private List<WebElement> sessions() {
		return this.browser.findElements(By.cssSelector("#sessions li.session"));
	}

}
