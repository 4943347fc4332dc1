package io.github.authadapter.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.session.SessionTestApplication.RecordingMagicLinkSender;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A sign-in by link of the user whose session the browser has already, such as one signed in with OAuth, keeps the
 * factors of that session in the new one; a sign-in as someone else does not.
 */
@SpringBootTest(classes = SessionTestApplication.class,
		properties = { "spring.datasource.url=jdbc:h2:mem:keeps-factors-tests;DB_CLOSE_DELAY=-1",
				"auth.adapter.secret=test-secret-of-thirty-two-bytes-or-more", "auth.adapter.url=http://localhost" })
@AutoConfigureMockMvc
class SignInKeepsFactorsTests {

	private static final Instant OAUTH_SIGN_IN = Instant.parse("2030-01-02T03:04:05Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	Adapter adapter;

	@Autowired
	SessionFactors factors;

	@Autowired
	RecordingMagicLinkSender sender;

	@Test
	void theSameUsersSignInByLinkAddsFactorOttToTheFactorsOfItsSession() throws Exception {
		String email = uniqueEmail();
		Cookie[] oauthSession = sessionSignedInWithOAuth(this.adapter.createUser(AdapterUser.withEmail(email)));

		List<FactorGrantedAuthority> after = factorsOf(signInByLink(email, oauthSession));

		assertThat(after).extracting(FactorGrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder(FactorGrantedAuthority.OTT_AUTHORITY,
					FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY);
		assertThat(after).filteredOn((factor) -> factor.getAuthority()
			.equals(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY))
			.singleElement()
			.extracting(FactorGrantedAuthority::getIssuedAt)
			.isEqualTo(OAUTH_SIGN_IN);
	}

	@Test
	void anotherUsersSignInByLinkKeepsNoneOfTheFactors() throws Exception {
		Cookie[] oauthSession = sessionSignedInWithOAuth(this.adapter.createUser(AdapterUser.withEmail(uniqueEmail())));

		assertThat(factorsOf(signInByLink(uniqueEmail(), oauthSession))).extracting(FactorGrantedAuthority::getAuthority)
			.containsExactly(FactorGrantedAuthority.OTT_AUTHORITY);
	}

	private Cookie[] sessionSignedInWithOAuth(AdapterUser user) {
		AdapterSession session = this.adapter.createSession(new AdapterSession(UUID.randomUUID().toString(), user.id(),
				Instant.now().plus(Duration.ofDays(30))));
		String signed = this.factors.sign(session.sessionToken(), List.of(FactorGrantedAuthority
			.withAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
			.issuedAt(OAUTH_SIGN_IN)
			.build()));
		return new Cookie[] { new Cookie(SessionCookies.SESSION_TOKEN, session.sessionToken()),
				new Cookie(SessionFactors.COOKIE, signed) };
	}

	private MvcResult signInByLink(String email, Cookie[] session) throws Exception {
		MvcResult csrf = this.mvc.perform(get("/api/auth/csrf")).andReturn();
		String csrfToken = JsonPath.read(csrf.getResponse().getContentAsString(), "$.csrfToken");
		Cookie csrfCookie = csrf.getResponse().getCookie("authjs.csrf-token");
		Cookie[] cookies = Arrays.copyOf(session, session.length + 1);
		cookies[session.length] = csrfCookie;
		this.mvc.perform(post("/api/auth/signin/email").cookie(cookies).param("csrfToken", csrfToken).param("email", email))
			.andExpect(status().isSeeOther());
		String token = UriComponentsBuilder.fromUriString(this.sender.last().url())
			.build()
			.getQueryParams()
			.getFirst("token");
		return this.mvc
			.perform(post("/api/auth/callback/email").cookie(cookies)
				.param("csrfToken", csrfToken)
				.param("email", email)
				.param("token", token))
			.andExpect(status().isSeeOther())
			.andReturn();
	}

	private List<FactorGrantedAuthority> factorsOf(MvcResult signedIn) {
		String sessionToken = signedIn.getResponse().getCookie(SessionCookies.SESSION_TOKEN).getValue();
		return this.factors.verify(sessionToken, signedIn.getResponse().getCookie(SessionFactors.COOKIE).getValue());
	}

	private static String uniqueEmail() {
		return "factors-" + UUID.randomUUID() + "@example.com";
	}

}
