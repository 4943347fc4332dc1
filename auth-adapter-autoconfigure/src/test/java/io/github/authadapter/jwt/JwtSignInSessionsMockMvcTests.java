package io.github.authadapter.jwt;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.UserSessions;
import io.github.authadapter.crypto.AuthJsJwt;
import io.github.authadapter.session.SessionTestApplication.RecordingMagicLinkSender;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in by email with {@code auth.adapter.session.strategy=jwt}: the user is stored through the Adapter as Auth.js
 * does with an adapter and JWT sessions, no session row is, and the cookie carries the encrypted token. That Auth.js
 * reads these tokens is proven against the real {@code @auth/core} in {@code JwtSessionInteropTests}.
 */
@SpringBootTest(classes = JwtSessionTestApplication.class,
		properties = { "spring.datasource.url=jdbc:h2:mem:jwt-sign-in-tests;DB_CLOSE_DELAY=-1",
				"auth.adapter.secret=" + JwtSessionCookieMockMvcTests.SECRET, "auth.adapter.url=http://localhost",
				"auth.adapter.session.strategy=jwt" })
@AutoConfigureMockMvc
class JwtSignInSessionsMockMvcTests {

	private static final String COOKIE = "authjs.session-token";

	@Autowired
	MockMvc mvc;

	@Autowired
	Adapter adapter;

	@Autowired
	UserSessions userSessions;

	@Autowired
	RecordingMagicLinkSender sender;

	@Test
	void signingInByEmailSetsTheEncryptedCookieOfAStoredUserAndStoresNoSession() throws Exception {
		String email = "user-" + UUID.randomUUID() + "@example.com";
		Instant before = Instant.now().minusSeconds(1);
		MockHttpServletResponse response = signIn(email);
		AdapterUser user = this.adapter.getUserByEmail(email).orElseThrow();
		assertThat(user.emailVerified()).isNotNull();
		assertThat(this.userSessions.findByUserId(user.id())).isEmpty();
		Cookie cookie = response.getCookie(COOKIE);
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getMaxAge()).isEqualTo(30 * 24 * 3600);
		AuthJsJwt jwt = JwtSessionCookieMockMvcTests.v5(COOKIE, JwtSessionCookieMockMvcTests.SECRET)
			.decode(cookie.getValue())
			.jwt();
		assertThat(jwt.subject()).isEqualTo(user.id());
		assertThat(jwt.email()).isEqualTo(email);
		assertThat(jwt.claims()).containsKeys("name", "picture");
		assertThat(jwt.claim("signedInWith")).isEqualTo("email");
		assertThat(jwt.expiresAt()).isAfter(before.plus(Duration.ofDays(30)));
		this.mvc.perform(get("/me").cookie(cookie))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("JwtSessionAuthentication"))
			.andExpect(jsonPath("$.id").value(user.id()))
			.andExpect(jsonPath("$.attributes.signedInWith").value("email"));
		this.mvc.perform(get("/api/auth/session").cookie(cookie)).andExpect(jsonPath("$.user.email").value(email));
	}

	@Test
	void signingOutClearsTheCookieThatSignInSet() throws Exception {
		Cookie cookie = signIn("user-" + UUID.randomUUID() + "@example.com").getCookie(COOKIE);
		MockHttpServletResponse response = this.mvc.perform(post("/api/auth/signout").with(csrf()).cookie(cookie))
			.andExpect(status().isSeeOther())
			.andReturn()
			.getResponse();
		assertThat(JwtSessionCookieMockMvcTests.removed(response)).contains(COOKIE);
	}

	private MockHttpServletResponse signIn(String email) throws Exception {
		this.mvc.perform(post("/api/auth/signin/email").with(csrf()).param("email", email))
			.andExpect(status().isSeeOther());
		UriComponents link = UriComponentsBuilder.fromUriString(this.sender.last().url()).build();
		return this.mvc
			.perform(post("/api/auth/callback/email").with(csrf())
				.param("email", URLDecoder.decode(link.getQueryParams().getFirst("email"), StandardCharsets.UTF_8))
				.param("token", link.getQueryParams().getFirst("token")))
			.andExpect(status().isSeeOther())
			.andReturn()
			.getResponse();
	}

	/**
	 * The CSRF token as a browser gets it: from {@code /api/auth/csrf}, with its cookie.
	 */
	private RequestPostProcessor csrf() {
		return (request) -> {
			MvcResult result;
			try {
				result = this.mvc.perform(get("/api/auth/csrf")).andReturn();
				request.addParameter("csrfToken",
						(String) JsonPath.read(result.getResponse().getContentAsString(), "$.csrfToken"));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			Cookie[] cookies = (request.getCookies() != null) ? request.getCookies() : new Cookie[0];
			List<Cookie> all = new java.util.ArrayList<>(Arrays.asList(cookies));
			all.add(result.getResponse().getCookie("authjs.csrf-token"));
			request.setCookies(all.toArray(Cookie[]::new));
			return request;
		};
	}

}
