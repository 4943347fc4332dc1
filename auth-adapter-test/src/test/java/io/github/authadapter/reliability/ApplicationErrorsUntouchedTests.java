package io.github.authadapter.reliability;

import io.github.authadapter.test.RunningApplication;
import io.github.authadapter.test.StarterApplication;
import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.oauth.TestBrowser;
import io.github.authadapter.web.DatabaseUnavailableFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter answers its own endpoints' database failures with a 503, and leaves those of the application's
 * controllers to the application's error handling, even where they are in a package under
 * {@code io.github.authadapter}, as this test's and the sample's are.
 */
class ApplicationErrorsUntouchedTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Test
	void aDatabaseFailureInAControllerOfTheApplicationReachesItsOwnErrorHandling() {
		try (RunningApplication app = RunningApplication
			.start(RunningApplication.builder(database.dataSource(), StarterApplication.class, NotesController.class)
				// Spring Boot's error page logs the failure, as it should: not the subject here.
				.properties("logging.level.org.apache.catalina=off"))) {
			TestBrowser browser = new TestBrowser();
			String token = app.issueLink("notes@mail.example");
			assertThat(app.confirmLink(browser, app.csrfToken(browser), "notes@mail.example", token).status())
				.isEqualTo(303);

			TestBrowser.Response notes = browser.get(app.url("/notes"));

			assertThat(notes.status()).as(notes.body()).isEqualTo(500);
			assertThat(notes.body()).doesNotContain(DatabaseUnavailableFilter.MESSAGE);
			assertThat(browser.get(app.url("/api/auth/session")).body()).contains("notes@mail.example");
		}
	}

	@Configuration(proxyBeanMethods = false)
	@RestController
	static class NotesController {

		@GetMapping("/notes")
		String notes() {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
		}

	}

}
