package io.github.authadapter.session;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.UserSessions;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The session cookie, its lifetime and the session endpoints, against an H2 database.
 */
@SpringBootTest(classes = SessionTestApplication.class,
		properties = { "spring.datasource.url=jdbc:h2:mem:session-cookie-tests;DB_CLOSE_DELAY=-1",
				"auth.adapter.secret=test-secret-of-thirty-two-bytes-or-more", "auth.adapter.url=http://localhost" })
@AutoConfigureMockMvc
class SessionCookieMockMvcTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Adapter adapter;

	@Autowired
	UserSessions userSessions;

	private AdapterUser user;

	@BeforeEach
	void createUser() {
		this.user = this.adapter.createUser(
				new AdapterUser(null, "Ada", "ada-" + UUID.randomUUID() + "@example.com", null, "https://img/ada.png"));
	}

	@Test
	void theSessionEndpointAnswersNullWithoutACookie() throws Exception {
		this.mvc.perform(get("/api/auth/session"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andExpect(content().string("null"));
	}

	@Test
	void theSessionEndpointAnswersTheUserAndExpiryOfAValidSession() throws Exception {
		AdapterSession session = session(Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS));
		this.mvc.perform(get("/api/auth/session").cookie(new Cookie("authjs.session-token", session.sessionToken())))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.user.id").value(this.user.id()))
			.andExpect(jsonPath("$.user.name").value("Ada"))
			.andExpect(jsonPath("$.user.email").value(this.user.email()))
			.andExpect(jsonPath("$.user.image").value("https://img/ada.png"))
			.andExpect(jsonPath("$.expires").value(session.expires().toString().replace("Z", ".000Z")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "authjs.session-token", "__Secure-authjs.session-token", "next-auth.session-token",
			"__Secure-next-auth.session-token" })
	void acceptsTheCookieNamesOfAuthJsAndNextAuthV4(String cookieName) throws Exception {
		AdapterSession session = session(Instant.now().plus(Duration.ofDays(30)));
		this.mvc.perform(get("/protected").cookie(new Cookie(cookieName, session.sessionToken())))
			.andExpect(status().isOk())
			.andExpect(content().string("Hello " + this.user.email()));
	}

	@Test
	void createsNoHttpSession() throws Exception {
		AdapterSession session = session(Instant.now().plus(Duration.ofDays(30)));
		MvcResult result = this.mvc
			.perform(get("/protected").cookie(new Cookie("authjs.session-token", session.sessionToken())))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		MvcResult anonymous = this.mvc.perform(get("/protected").accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(anonymous.getRequest().getSession(false)).isNull();
	}

	@Test
	void sendsAnonymousBrowsersToTheSignInPageWithTheirPageAsCallbackUrl() throws Exception {
		this.mvc.perform(get("/protected?x=1").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/api/auth/signin?callbackUrl=%2Fprotected%3Fx%3D1"));
	}

	@Test
	void answersAnonymousApiCallsWith401() throws Exception {
		this.mvc.perform(get("/protected").accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
	}

	@Test
	void anExpiredSessionIsDeletedAndTheRequestIsAnonymous() throws Exception {
		AdapterSession session = session(Instant.now().minusSeconds(1));
		this.mvc.perform(get("/api/auth/session").cookie(new Cookie("authjs.session-token", session.sessionToken())))
			.andExpect(content().string("null"))
			.andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.containsString("Max-Age=0")));
		assertThat(this.adapter.getSessionAndUser(session.sessionToken())).isEmpty();
	}

	@Test
	void anUnknownTokenIsAnonymousAndTheCookieIsRemoved() throws Exception {
		this.mvc.perform(get("/api/auth/session").cookie(new Cookie("authjs.session-token", "no-such-token")))
			.andExpect(content().string("null"))
			.andExpect(header().string("Set-Cookie",
					org.hamcrest.Matchers.startsWith("authjs.session-token=; Path=/; Max-Age=0")));
	}

	@Test
	void theJwtSessionCookieOfANextJsAppIsNeitherLookedUpNorRemovedWithDatabaseSessionsAlone() throws Exception {
		String token = io.github.authadapter.crypto.AuthJsJweCodec
			.authJs(List.of("the Next.js app's AUTH_SECRET, 32+ bytes"), "authjs.session-token")
			.encode(java.util.Map.of("sub", this.user.id()), Duration.ofDays(1));
		this.mvc.perform(get("/api/auth/session").cookie(new Cookie("authjs.session-token", token)))
			.andExpect(content().string("null"))
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void aSessionExtendedWithinUpdateAgeIsNotWrittenAgain() throws Exception {
		Instant expires = Instant.now().plus(Duration.ofDays(30)).minus(Duration.ofHours(1));
		AdapterSession session = session(expires);
		this.mvc.perform(get("/protected").cookie(new Cookie("authjs.session-token", session.sessionToken())))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
		assertThat(this.adapter.getSessionAndUser(session.sessionToken()).orElseThrow().session().expires())
			.isEqualTo(session.expires());
	}

	@Test
	void aSessionLastExtendedMoreThanUpdateAgeAgoGetsANewExpiryAndCookie() throws Exception {
		AdapterSession session = session(Instant.now().plus(Duration.ofDays(10)));
		Instant before = Instant.now();
		this.mvc.perform(get("/protected").cookie(new Cookie("authjs.session-token", session.sessionToken())))
			.andExpect(status().isOk())
			.andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.startsWith("authjs.session-token=" + session.sessionToken() + ";"),
					org.hamcrest.Matchers.containsString("HttpOnly"),
					org.hamcrest.Matchers.containsString("SameSite=Lax"),
					org.hamcrest.Matchers.containsString("Path=/"))));
		Instant extended = this.adapter.getSessionAndUser(session.sessionToken()).orElseThrow().session().expires();
		assertThat(extended).isBetween(before.plus(Duration.ofDays(30)).minusSeconds(1),
				Instant.now().plus(Duration.ofDays(30)));
	}

	@Test
	void theCookieIsSecureAndPrefixedOverHttps() throws Exception {
		AdapterSession session = session(Instant.now().plus(Duration.ofDays(10)));
		this.mvc
			.perform(get("/protected").secure(true)
				.cookie(new Cookie("__Secure-authjs.session-token", session.sessionToken())))
			.andExpect(status().isOk())
			.andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.startsWith("__Secure-authjs.session-token="),
					org.hamcrest.Matchers.containsString("Secure"))));
	}

	@Test
	void theCsrfEndpointAnswersAToken() throws Exception {
		this.mvc.perform(get("/api/auth/csrf"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.csrfToken").isString());
	}

	@Test
	void signingOutNeedsTheCsrfToken() throws Exception {
		AdapterSession session = session(Instant.now().plus(Duration.ofDays(30)));
		this.mvc.perform(post("/api/auth/signout").cookie(new Cookie("authjs.session-token", session.sessionToken())))
			.andExpect(status().isForbidden());
		assertThat(this.adapter.getSessionAndUser(session.sessionToken())).isPresent();
	}

	@Test
	void signingOutWithTheTokenOfTheCsrfEndpointWorks() throws Exception {
		AdapterSession session = session(Instant.now().plus(Duration.ofDays(30)));
		MvcResult csrfResult = this.mvc.perform(get("/api/auth/csrf")).andReturn();
		String token = JsonPath.read(csrfResult.getResponse().getContentAsString(), "$.csrfToken");
		Cookie csrfCookie = csrfResult.getResponse().getCookie("authjs.csrf-token");
		assertThat(csrfCookie).as("the CSRF token travels in a cookie, not in an HTTP session").isNotNull();
		this.mvc
			.perform(post("/api/auth/signout").param("csrfToken", token)
				.cookie(csrfCookie, new Cookie("authjs.session-token", session.sessionToken())))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/"));
		assertThat(this.adapter.getSessionAndUser(session.sessionToken())).isEmpty();
	}

	@Test
	void signingOutDeletesTheSessionRemovesTheCookieAndReturnsToTheCallbackUrl() throws Exception {
		AdapterSession session = session(Instant.now().plus(Duration.ofDays(30)));
		AdapterSession other = session(Instant.now().plus(Duration.ofDays(30)));
		this.mvc
			.perform(post("/api/auth/signout").with(csrfOfTheCsrfEndpoint())
				.param("callbackUrl", "/goodbye")
				.cookie(new Cookie("authjs.session-token", session.sessionToken())))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/goodbye"))
			.andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.containsString("Max-Age=0")));
		assertThat(this.adapter.getSessionAndUser(session.sessionToken())).isEmpty();
		assertThat(this.adapter.getSessionAndUser(other.sessionToken())).isPresent();
	}

	@Test
	void signingOutRefusesCallbackUrlsOnOtherSites() throws Exception {
		this.mvc
			.perform(post("/api/auth/signout").with(csrfOfTheCsrfEndpoint())
				.param("callbackUrl", "https://evil.example/"))
			.andExpect(header().string("Location", "/"));
	}

	@Test
	void signingOutEverywhereDeletesAllOfTheUsersSessions() throws Exception {
		AdapterSession session = session(Instant.now().plus(Duration.ofDays(30)));
		session(Instant.now().plus(Duration.ofDays(30)));
		session(Instant.now().plus(Duration.ofDays(3)));
		AdapterUser someoneElse = this.adapter.createUser(AdapterUser.withEmail("eve-" + UUID.randomUUID() + "@x.io"));
		AdapterSession theirs = this.adapter.createSession(
				new AdapterSession(UUID.randomUUID().toString(), someoneElse.id(), Instant.now().plusSeconds(600)));
		this.mvc
			.perform(post("/api/auth/signout").with(csrfOfTheCsrfEndpoint())
				.param("everywhere", "true")
				.cookie(new Cookie("authjs.session-token", session.sessionToken())))
			.andExpect(status().isSeeOther());
		assertThat(this.userSessions.findByUserId(this.user.id())).isEmpty();
		assertThat(this.adapter.getSessionAndUser(theirs.sessionToken())).isPresent();
	}

	@Test
	void answersAuthJsClientsThatAskForTheRedirectAsJson() throws Exception {
		this.mvc.perform(post("/api/auth/signout").with(csrfOfTheCsrfEndpoint()).header("X-Auth-Return-Redirect", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url").value("/"));
	}

	@Test
	void servesAuthJsSignOutPageWithAFormThatPostsTheCsrfToken() throws Exception {
		this.mvc.perform(get("/api/auth/signout").param("callbackUrl", "http://localhost/bye"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Are you sure you want to sign out?")))
			.andExpect(content().string(containsString("action=\"/api/auth/signout\"")))
			.andExpect(content().string(containsString("name=\"csrfToken\"")))
			.andExpect(content().string(containsString("name=\"callbackUrl\" value=\"/bye\"")));
	}

	@Test
	void revokesAnotherSessionOfTheUserByItsId() throws Exception {
		AdapterSession current = session(Instant.now().plus(Duration.ofDays(30)));
		AdapterSession other = session(Instant.now().plus(Duration.ofDays(30)));
		this.mvc
			.perform(post("/api/auth/sessions/revoke").with(csrfOfTheCsrfEndpoint())
				.param("session", ActiveSessions.idOf(other.sessionToken()))
				.param("callbackUrl", "/account")
				.cookie(new Cookie("authjs.session-token", current.sessionToken())))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/account"));
		assertThat(this.adapter.getSessionAndUser(other.sessionToken())).isEmpty();
		assertThat(this.adapter.getSessionAndUser(current.sessionToken())).isPresent();
	}

	@Test
	void doesNotRevokeTheSessionsOfOtherUsers() throws Exception {
		AdapterSession current = session(Instant.now().plus(Duration.ofDays(30)));
		AdapterUser someoneElse = this.adapter.createUser(AdapterUser.withEmail("eve-" + UUID.randomUUID() + "@x.io"));
		AdapterSession theirs = this.adapter.createSession(
				new AdapterSession(UUID.randomUUID().toString(), someoneElse.id(), Instant.now().plusSeconds(600)));
		this.mvc
			.perform(post("/api/auth/sessions/revoke").with(csrfOfTheCsrfEndpoint())
				.param("session", ActiveSessions.idOf(theirs.sessionToken()))
				.cookie(new Cookie("authjs.session-token", current.sessionToken())))
			.andExpect(status().isSeeOther());
		assertThat(this.adapter.getSessionAndUser(theirs.sessionToken())).isPresent();
	}

	@Test
	void listsTheUsersSessionsWithoutTheirTokens() {
		AdapterSession current = session(Instant.now().plus(Duration.ofDays(30)));
		session(Instant.now().plus(Duration.ofDays(2)));
		session(Instant.now().minusSeconds(5));
		ActiveSessions activeSessions = new ActiveSessions(this.adapter, this.userSessions, java.time.Clock.systemUTC());
		List<ActiveSession> listed = activeSessions.list(this.user.id(), current.sessionToken());
		assertThat(listed).hasSize(2);
		assertThat(listed.get(0).current()).isTrue();
		assertThat(listed).extracting(ActiveSession::id).doesNotContain(current.sessionToken());
	}

	/**
	 * The CSRF token as a browser gets it: from {@code /api/auth/csrf}, with its cookie. Spring Security Test's own
	 * {@code csrf()} would replace the token repository of the filter.
	 */
	private RequestPostProcessor csrfOfTheCsrfEndpoint() throws Exception {
		MvcResult result = this.mvc.perform(get("/api/auth/csrf")).andReturn();
		String token = JsonPath.read(result.getResponse().getContentAsString(), "$.csrfToken");
		Cookie cookie = result.getResponse().getCookie("authjs.csrf-token");
		return (request) -> {
			request.addParameter("csrfToken", token);
			Cookie[] cookies = (request.getCookies() != null) ? request.getCookies() : new Cookie[0];
			Cookie[] all = java.util.Arrays.copyOf(cookies, cookies.length + 1);
			all[cookies.length] = cookie;
			request.setCookies(all);
			return request;
		};
	}

	private AdapterSession session(Instant expires) {
		return this.adapter.createSession(new AdapterSession(UUID.randomUUID().toString(), this.user.id(),
				expires.truncatedTo(ChronoUnit.MILLIS)));
	}

}
