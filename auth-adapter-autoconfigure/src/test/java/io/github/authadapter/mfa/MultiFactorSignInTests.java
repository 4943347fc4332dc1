package io.github.authadapter.mfa;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.session.SessionFactors;
import io.github.authadapter.session.SessionTestApplication;
import io.github.authadapter.session.SessionTestApplication.RecordingMagicLinkSender;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An application with {@code @EnableMultiFactorAuthentication} that requires {@code FACTOR_OTT} on every page behind
 * sign-in: a session that a sign-in link started has the factor on every later request, and a session without it,
 * such as one that an Auth.js app created, is sent to sign in.
 */
@SpringBootTest(classes = { SessionTestApplication.class, MultiFactorSignInTests.RequireOneTimeToken.class },
		properties = { "spring.datasource.url=jdbc:h2:mem:multi-factor-tests;DB_CLOSE_DELAY=-1",
				"auth.adapter.secret=test-secret-of-thirty-two-bytes-or-more", "auth.adapter.url=http://localhost" })
@AutoConfigureMockMvc
class MultiFactorSignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Adapter adapter;

	@Autowired
	RecordingMagicLinkSender sender;

	@Test
	void aPageThatRequiresFactorOttOpensAfterASignInByLink() throws Exception {
		String email = uniqueEmail();
		Cookie[] cookies = signInByLink(email);

		assertThat(cookies).extracting(Cookie::getName).contains(SessionFactors.COOKIE);
		this.mvc.perform(get("/protected").cookie(cookies))
			.andExpect(status().isOk())
			.andExpect(content().string("Hello " + email));
	}

	@Test
	void aSessionWithoutTheFactorIsSentToSignIn() throws Exception {
		AdapterSession session = sessionOfANewUser();
		Cookie cookie = new Cookie("authjs.session-token", session.sessionToken());

		this.mvc.perform(get("/protected").cookie(cookie).accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/api/auth/signin?factor.type=ott&factor.reason=missing"));
		this.mvc.perform(get("/api/auth/session").cookie(cookie))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"user\"")));
	}

	@Test
	void anAlteredFactorCookieCountsAsNone() throws Exception {
		Cookie[] cookies = signInByLink(uniqueEmail());
		Cookie factors = cookie(cookies, SessionFactors.COOKIE);
		String value = factors.getValue();
		// The factor issued a second later than was signed.
		long issued = Long.parseLong(value.substring(value.indexOf(':') + 1, value.indexOf('.')));
		String altered = value.replace(":" + issued + ".", ":" + (issued + 1) + ".");
		assertThat(altered).isNotEqualTo(value);

		this.mvc.perform(get("/protected").accept(MediaType.TEXT_HTML)
			.cookie(cookie(cookies, "authjs.session-token"), new Cookie(SessionFactors.COOKIE, altered)))
			.andExpect(status().isFound());
	}

	@Test
	void theFactorCookieOfOneSessionDoesNotCountForAnother() throws Exception {
		Cookie[] signedIn = signInByLink(uniqueEmail());
		AdapterSession other = sessionOfANewUser();

		this.mvc.perform(get("/protected").accept(MediaType.TEXT_HTML)
			.cookie(new Cookie("authjs.session-token", other.sessionToken()), cookie(signedIn, SessionFactors.COOKIE)))
			.andExpect(status().isFound());
	}

	@Test
	void signingOutRemovesTheFactorCookie() throws Exception {
		Cookie[] cookies = signInByLink(uniqueEmail());
		MvcResult csrf = this.mvc.perform(get("/api/auth/csrf")).andReturn();
		Cookie[] withCsrf = Arrays.copyOf(cookies, cookies.length + 1);
		withCsrf[cookies.length] = csrf.getResponse().getCookie("authjs.csrf-token");

		this.mvc.perform(post("/api/auth/signout").cookie(withCsrf)
			.param("csrfToken", (String) JsonPath.read(csrf.getResponse().getContentAsString(), "$.csrfToken")))
			.andExpect(status().isSeeOther())
			.andExpect(header().stringValues("Set-Cookie",
					org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith(SessionFactors.COOKIE + "=; "))));
	}

	private Cookie[] signInByLink(String email) throws Exception {
		MvcResult csrf = this.mvc.perform(get("/api/auth/csrf")).andReturn();
		String csrfToken = JsonPath.read(csrf.getResponse().getContentAsString(), "$.csrfToken");
		Cookie csrfCookie = csrf.getResponse().getCookie("authjs.csrf-token");
		this.mvc.perform(post("/api/auth/signin/email").cookie(csrfCookie)
			.param("csrfToken", csrfToken)
			.param("email", email)).andExpect(status().isSeeOther());
		UriComponents link = UriComponentsBuilder.fromUriString(this.sender.last().url()).build();
		MvcResult signedIn = this.mvc
			.perform(post("/api/auth/callback/email").cookie(csrfCookie)
				.param("csrfToken", csrfToken)
				.param("email", email)
				.param("token", link.getQueryParams().getFirst("token")))
			.andExpect(status().isSeeOther())
			.andReturn();
		return Arrays.stream(signedIn.getResponse().getCookies())
			.filter((cookie) -> cookie.getMaxAge() != 0)
			.toArray(Cookie[]::new);
	}

	private AdapterSession sessionOfANewUser() {
		AdapterUser user = this.adapter.createUser(AdapterUser.withEmail(uniqueEmail()));
		return this.adapter.createSession(new AdapterSession(UUID.randomUUID().toString(), user.id(),
				Instant.now().plus(Duration.ofDays(30))));
	}

	private static Cookie cookie(Cookie[] cookies, String name) {
		return Arrays.stream(cookies).filter((cookie) -> cookie.getName().equals(name)).findFirst().orElseThrow();
	}

	private static String uniqueEmail() {
		return "mfa-" + UUID.randomUUID() + "@example.com";
	}

	@Configuration(proxyBeanMethods = false)
	@EnableMultiFactorAuthentication(authorities = FactorGrantedAuthority.OTT_AUTHORITY)
	static class RequireOneTimeToken {

	}

}
