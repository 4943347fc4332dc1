package io.github.authadapter.sample;

import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample in the {@code dev} profile with {@code inkwell.dev-provider.enabled=true}, as a newcomer runs it to try
 * OAuth: the home page offers "Inkwell ID (dev)", whose login form signs in its user, and the app signs them in.
 */
class SignInWithInkwellIdDevBrowserTests {

	private ConfigurableApplicationContext app;

	private ChromeDriver browser;

	@BeforeEach
	void start() throws Exception {
		HeadlessChromium.assumeInstalled();
		this.app = new SpringApplicationBuilder(SampleApplication.class).run("--server.port=0",
				"--spring.profiles.active=dev", "--inkwell.dev-provider.enabled=true", "--spring.main.banner-mode=off",
				"--spring.datasource.url=jdbc:h2:mem:inkwell-dev-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		this.browser = HeadlessChromium.start(Files.createTempDirectory("chromium-profile"));
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void aNewcomerSignsInWithInkwellIdDev() {
		String appUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) this.app).getWebServer().getPort();
		this.browser.get(appUrl + "/");
		assertThat(this.browser.findElement(By.id("sign-in-inkwell-dev")).getText())
			.isEqualTo("Continue with Inkwell ID (dev)");
		assertThat(this.browser.findElement(By.id("dev-provider-login")).getText()).contains("user ada, password inkwell-dev");
		HeadlessChromium.screenshot(this.browser, "dev-01-home-with-inkwell-id");
		submit(this.browser.findElement(By.id("sign-in-inkwell-dev")));

		this.browser.findElement(By.id("username")).sendKeys(InkwellIdDevProvider.USERNAME);
		this.browser.findElement(By.id("password")).sendKeys(InkwellIdDevProvider.PASSWORD);
		submit(this.browser.findElement(By.cssSelector("button[type=submit]")));
		new WebDriverWait(this.browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/account"));

		assertThat(this.browser.getCurrentUrl()).isEqualTo(appUrl + "/account");
		assertThat(this.browser.findElement(By.tagName("body")).getText()).contains("Ada Lovelace", "Inkwell ID (dev)");
		HeadlessChromium.screenshot(this.browser, "dev-02-signed-in-with-inkwell-id");
	}

	private void submit(WebElement button) {
		HeadlessChromium.submitAndWait(this.browser, button);
	}

}
