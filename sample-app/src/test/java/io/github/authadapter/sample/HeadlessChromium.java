package io.github.authadapter.sample;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts the system's headless Chromium through the system's chromedriver (Debian packages {@code chromium} and
 * {@code chromium-driver}), and saves screenshots under the build folder.
 */
final class HeadlessChromium {

	static final String REQUIRE_BROWSER_PROPERTY = "authadapter.requireBrowser";

	private static final Path CHROMIUM = Path.of(System.getProperty("authadapter.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(System.getProperty("authadapter.chromedriver",
			"/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private HeadlessChromium() {
	}

	/**
	 * Skips the test when Chromium is not installed, or fails it when {@value #REQUIRE_BROWSER_PROPERTY} is true.
	 */
	static void assumeInstalled() {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return;
		}
		String message = "Headless Chromium is not installed (" + CHROMIUM + " and " + CHROMEDRIVER
				+ " are needed). Install it with: apt-get install -y chromium chromium-driver";
		if (Boolean.getBoolean(REQUIRE_BROWSER_PROPERTY)) {
			Assertions.fail(message + " (required because " + REQUIRE_BROWSER_PROPERTY + "=true)");
		}
		Assumptions.abort(message + ". Skipping the browser test.");
	}

	static ChromeDriver start(Path userDataDir) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + userDataDir);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/**
	 * A browser with a profile of its own for each test of a class that registers this, started before the test and
	 * quit after it: {@code @RegisterExtension final HeadlessChromium.PerTest chromium = new HeadlessChromium.PerTest();}
	 * with {@link #assumeInstalled()} in the class's {@code @BeforeAll}.
	 */
	static final class PerTest implements BeforeEachCallback, AfterEachCallback {

		private ChromeDriver driver;

		@Override
		public void beforeEach(ExtensionContext context) throws IOException {
			this.driver = start(Files.createTempDirectory("chromium-profile"));
		}

		@Override
		public void afterEach(ExtensionContext context) {
			if (this.driver != null) {
				this.driver.quit();
			}
		}

		ChromeDriver driver() {
			return this.driver;
		}

	}

	static void screenshot(ChromeDriver driver, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File file = driver.getScreenshotAs(OutputType.FILE);
			Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save the screenshot " + name, ex);
		}
	}

	/**
	 * Clicks the button and waits until the next page has replaced the current one. Chromium reports the old page as
	 * a stale element or, at times, as a node that does not belong to the document, which
	 * {@code ExpectedConditions.stalenessOf} does not take for gone: either means it is gone.
	 */
	static void submitAndWait(WebDriver driver, WebElement button) {
		WebElement page = driver.findElement(By.tagName("html"));
		button.click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until((ignored) -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (WebDriverException ex) {
				return true;
			}
		});
	}

}
