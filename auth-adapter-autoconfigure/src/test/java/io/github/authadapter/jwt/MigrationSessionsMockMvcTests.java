package io.github.authadapter.jwt;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A migration from database to JWT sessions: {@code strategy=jwt} with {@code accept=database}, so that both kinds of
 * cookie sign requests in, and {@code jwt.load-user=true}, so that a JWT's {@code sub} loads its user from the shared
 * database.
 */
@SpringBootTest(classes = JwtSessionTestApplication.class,
		properties = { "spring.datasource.url=jdbc:h2:mem:migration-sessions-tests;DB_CLOSE_DELAY=-1",
				"auth.adapter.secret=" + JwtSessionCookieMockMvcTests.SECRET, "auth.adapter.url=http://localhost",
				"auth.adapter.session.strategy=jwt", "auth.adapter.session.accept=database",
				"auth.adapter.session.jwt.load-user=true" })
@AutoConfigureMockMvc
class MigrationSessionsMockMvcTests {

	private static final String COOKIE = "authjs.session-token";

	@Autowired
	MockMvc mvc;

	@Autowired
	Adapter adapter;

	private AdapterUser user;

	@BeforeEach
	void createUser() {
		this.user = this.adapter.createUser(new AdapterUser(null, "Ada (stored)", "ada-" + UUID.randomUUID()
				+ "@example.com", null, "https://img/ada.png"));
	}

	@Test
	void aDatabaseSessionCookieStillSignsIn() throws Exception {
		AdapterSession session = this.adapter.createSession(new AdapterSession(UUID.randomUUID().toString(),
				this.user.id(), Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MILLIS)));
		this.mvc.perform(get("/me").cookie(new Cookie(COOKIE, session.sessionToken())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("AdapterSessionAuthentication"))
			.andExpect(jsonPath("$.id").value(this.user.id()));
	}

	@Test
	void aJwtSignsInTheStoredUserOfItsSub() throws Exception {
		String token = JwtSessionCookieMockMvcTests.v5(COOKIE, JwtSessionCookieMockMvcTests.SECRET)
			.encode(Map.of("sub", this.user.id(), "name", "Ada (claim)", "role", "admin"), Duration.ofDays(30));
		this.mvc.perform(get("/me").cookie(new Cookie(COOKIE, token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("JwtSessionAuthentication"))
			.andExpect(jsonPath("$.id").value(this.user.id()))
			.andExpect(jsonPath("$.name").value("Ada (stored)"))
			.andExpect(jsonPath("$.email").value(this.user.email()))
			.andExpect(jsonPath("$.role").value("admin"));
		this.mvc.perform(get("/api/auth/session").cookie(new Cookie(COOKIE, token)))
			.andExpect(jsonPath("$.user.name").value("Ada (stored)"));
	}

	@Test
	void aJwtOfADeletedUserOrOfASubThatIsNoUserIdSignsNobodyIn() throws Exception {
		String deleted = JwtSessionCookieMockMvcTests.v5(COOKIE, JwtSessionCookieMockMvcTests.SECRET)
			.encode(Map.of("sub", this.user.id()), Duration.ofDays(30));
		this.adapter.deleteUser(this.user.id());
		for (Object sub : new Object[] { this.user.id(), "not-a-number", "", "a\u0000b", 42 }) {
			String token = JwtSessionCookieMockMvcTests.v5(COOKIE, JwtSessionCookieMockMvcTests.SECRET)
				.encode(Map.of("sub", sub), Duration.ofDays(30));
			assertRefused(token);
		}
		assertRefused(deleted);
	}

	@Test
	void theDatabaseCookieOfNoSessionIsRefusedByTheDatabaseFilterAlone() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/me").cookie(new Cookie(COOKIE, "no-such-session")).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse();
		assertThat(JwtSessionCookieMockMvcTests.removed(response)).containsExactly(COOKIE);
	}

	private void assertRefused(String token) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/me").cookie(new Cookie(COOKIE, token)).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse();
		assertThat(JwtSessionCookieMockMvcTests.removed(response)).containsExactly(COOKIE);
	}

}
