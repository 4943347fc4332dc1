package io.github.authadapter.sample;

import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sample app's pages and which of them exist in which profile.
 */
class SamplePagesTests {

	@Nested
	@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sample-pages-dev;DB_CLOSE_DELAY=-1")
	@AutoConfigureMockMvc
	@ActiveProfiles("dev")
	class InTheDevProfile {

		@Autowired
		MockMvc mvc;

		@Test
		void theHomePageOffersSignInByEmail() throws Exception {
			this.mvc.perform(get("/"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Sign in or create an account")))
				.andExpect(content().string(containsString("action=\"/api/auth/signin/email\"")))
				.andExpect(content().string(containsString("name=\"csrfToken\"")));
		}

		@Test
		void theErrorPageGetsTheModelOfTheOtherPages() throws Exception {
			// CommonPageModel advises the app's own controllers and Spring Boot's error controller, nothing else.
			this.mvc
				.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404).accept(MediaType.TEXT_HTML))
				.andExpect(content().string(containsString("href=\"/outbox\"")));
		}

		@Test
		void theOutboxListsTheLinksSent() throws Exception {
			this.mvc.perform(get("/outbox"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Outbox")));
		}

		@Autowired
		Adapter adapter;

		@Test
		void theSessionEndpointAndTheAccountPageShowTheUsersRole() throws Exception {
			AdapterUser user = this.adapter.createUser(AdapterUser.withEmail("role@example.com"));
			assertThat(user.attribute("role")).isEqualTo(InkwellUser.DEFAULT_ROLE);
			this.adapter.createSession(new AdapterSession("role-session", user.id(),
					Instant.now().plus(1, ChronoUnit.DAYS)));
			Cookie cookie = new Cookie("authjs.session-token", "role-session");
			this.mvc.perform(get("/api/auth/session").cookie(cookie))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.user.email").value("role@example.com"))
				.andExpect(jsonPath("$.user.role").value("user"));
			this.mvc.perform(get("/account").cookie(cookie))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("class=\"badge role\">user</span>")));
		}

		@Test
		void theAccountPageSendsAnonymousVisitorsToTheHomePage() throws Exception {
			this.mvc.perform(get("/account").accept(MediaType.TEXT_HTML))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/?callbackUrl=%2Faccount"));
		}

	}

	@Nested
	@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:sample-pages-prod;DB_CLOSE_DELAY=-1",
			"auth.adapter.secret=a-production-secret-of-thirty-two-bytes", "auth.adapter.url=https://inkwell.example",
			"spring.mail.host=mail.inkwell.example" })
	@AutoConfigureMockMvc
	@ActiveProfiles("prod")
	class OutsideTheDevProfile {

		@Autowired
		MockMvc mvc;

		@Test
		void thereIsNoOutbox() throws Exception {
			this.mvc.perform(get("/outbox")).andExpect(status().isNotFound());
		}

		@Test
		void theCheckYourEmailPageDoesNotMentionTheOutbox() throws Exception {
			this.mvc.perform(get("/check-email"))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("outbox"))));
		}

	}

	/**
	 * A deployment that sets a secret and chooses no profile must not fall into dev, which shows everyone's links.
	 */
	@Nested
	@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:sample-pages-no-profile;DB_CLOSE_DELAY=-1",
			"auth.adapter.secret=a-production-secret-of-thirty-two-bytes", "auth.adapter.url=https://inkwell.example",
			"spring.mail.host=mail.inkwell.example" })
	@AutoConfigureMockMvc
	class WithASecretAndNoProfile {

		@Autowired
		MockMvc mvc;

		@Autowired
		Environment environment;

		@Test
		void runsOutsideTheDevProfileAndHasNoOutbox() throws Exception {
			assertThat(this.environment.matchesProfiles("dev")).isFalse();
			this.mvc.perform(get("/outbox")).andExpect(status().isNotFound());
		}

	}

	@Test
	void theSampleDatabaseOpensNoTcpPort() throws Exception {
		Properties properties = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		assertThat(properties.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:")
			.doesNotContainIgnoringCase("AUTO_SERVER");
	}

}
