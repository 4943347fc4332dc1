package io.github.authadapter.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import io.github.authadapter.Adapter;
import io.github.authadapter.SessionAndUser;
import io.github.authadapter.autoconfigure.AuthAdapterClock;
import io.github.authadapter.session.SessionLifetime;
import io.github.authadapter.session.SessionTestApplication;
import io.github.authadapter.session.SessionTestApplication.RecordingMagicLinkSender;
import io.github.authadapter.session.SessionTokenGenerator;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An application's own {@link AuthAdapterClock} and {@link SessionTokenGenerator} beans replace the starter's; a
 * {@link Clock} bean of the application's is its own and changes nothing for the starter.
 */
@SpringBootTest(classes = { SessionTestApplication.class, ApplicationClockAndSessionTokensTests.FixedTime.class },
		properties = { "spring.datasource.url=jdbc:h2:mem:own-clock-tests;DB_CLOSE_DELAY=-1",
				"auth.adapter.secret=test-secret-of-thirty-two-bytes-or-more", "auth.adapter.url=http://localhost" })
@AutoConfigureMockMvc
class ApplicationClockAndSessionTokensTests {

	static final Instant NOW = Instant.parse("2031-05-06T07:08:09Z");

	@Autowired
	EmailSignIn emailSignIn;

	@Autowired
	RecordingMagicLinkSender sender;

	@Autowired
	MockMvc mvc;

	@Autowired
	Adapter adapter;

	@Test
	void signInUsesTheApplicationsClockAndSessionTokens() throws Exception {
		MagicLink link = this.emailSignIn.sendLink(EmailAddress.parse("time@example.com"), "127.0.0.1",
				"http://localhost", "/");
		assertThat(link.expires()).isEqualTo(NOW.plus(EmailSignIn.DEFAULT_LINK_MAX_AGE));

		String token = UriComponentsBuilder.fromUriString(this.sender.last().url())
			.build()
			.getQueryParams()
			.getFirst("token");
		MvcResult csrf = this.mvc.perform(get("/api/auth/csrf")).andReturn();
		MvcResult signedIn = this.mvc
			.perform(post("/api/auth/callback/email").cookie(csrf.getResponse().getCookie("authjs.csrf-token"))
				.param("csrfToken", (String) JsonPath.read(csrf.getResponse().getContentAsString(), "$.csrfToken"))
				.param("email", "time@example.com")
				.param("token", token))
			.andReturn();

		Cookie cookie = signedIn.getResponse().getCookie("authjs.session-token");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("test-session-1");
		SessionAndUser session = this.adapter.getSessionAndUser("test-session-1").orElseThrow();
		assertThat(session.session().expires()).isEqualTo(NOW.plus(SessionLifetime.DEFAULT_MAX_AGE));
		assertThat(session.user().emailVerified()).isEqualTo(NOW);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedTime {

		@Bean
		AuthAdapterClock fixedClock() {
			return new AuthAdapterClock(Clock.fixed(NOW, ZoneOffset.UTC));
		}

		@Bean
		Clock applicationsOwnClock() {
			return Clock.offset(Clock.systemUTC(), Duration.ofDays(-1000));
		}

		@Bean
		SessionTokenGenerator countingSessionTokens() {
			AtomicInteger count = new AtomicInteger();
			return () -> "test-session-" + count.incrementAndGet();
		}

	}

}
