package io.github.authadapter.email;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.session.SessionTestApplication;
import io.github.authadapter.session.SessionTestApplication.RecordingMagicLinkSender;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in by email magic link, end to end through MockMvc against an H2 database.
 */
@SpringBootTest(classes = SessionTestApplication.class,
		properties = { "spring.datasource.url=jdbc:h2:mem:email-sign-in-tests;DB_CLOSE_DELAY=-1",
				"auth.adapter.secret=test-secret-of-thirty-two-bytes-or-more", "auth.adapter.url=http://localhost" })
@AutoConfigureMockMvc
class EmailSignInMockMvcTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Adapter adapter;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordingMagicLinkSender sender;

	@Test
	void sendsALinkAndStoresOnlyTheHashOfItsToken() throws Exception {
		String email = uniqueEmail();
		this.mvc
			.perform(post("/api/auth/signin/email").with(csrf())
				.param("email", "  " + email.toUpperCase(Locale.ROOT) + " ")
				.param("callbackUrl", "/welcome"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/api/auth/verify-request"));
		MagicLink link = this.sender.last();
		assertThat(link.email().value()).isEqualTo(email);
		UriComponents url = UriComponentsBuilder.fromUriString(link.url()).build();
		assertThat(url.getPath()).isEqualTo("/api/auth/callback/email");
		assertThat(url.getQueryParams().getFirst("callbackUrl")).isEqualTo("%2Fwelcome");
		String token = url.getQueryParams().getFirst("token");
		assertThat(token).matches("[0-9a-f]{64}");
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("SELECT identifier, token, expires FROM verification_token WHERE identifier = ?", email);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("TOKEN"))
			.isEqualTo(new VerificationTokenHasher("test-secret-of-thirty-two-bytes-or-more").hash(token))
			.isNotEqualTo(token);
		assertThat(link.expires()).isBetween(Instant.now().plus(Duration.ofHours(24)).minusSeconds(60),
				Instant.now().plus(Duration.ofHours(24)));
	}

	@Test
	void anUnusableAddressReturnsToTheSignInPageWithAnError() throws Exception {
		this.mvc.perform(post("/api/auth/signin/email").with(csrf()).param("email", "not an address"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location",
					"/api/auth/signin?error=EmailSignin&callbackUrl=%2F&email=not+an+address"));
	}

	@Test
	void answersAuthJsClientsThatAskForTheRedirectAsJson() throws Exception {
		String email = uniqueEmail();
		this.mvc
			.perform(post("/api/auth/signin/email").with(csrf())
				.header("X-Auth-Return-Redirect", "1")
				.param("email", email)
				.param("callbackUrl", "http://localhost/welcome"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url").value("http://localhost/api/auth/verify-request?provider=email&type=email"));
		UriComponents url = UriComponentsBuilder.fromUriString(this.sender.last().url()).build();
		assertThat(url.getQueryParams().getFirst("callbackUrl")).as("the client's absolute URL of this site")
			.isEqualTo("%2Fwelcome");
	}

	@Test
	void answersAuthJsClientsWithTheSignInPageAndItsErrorForAnUnusableAddress() throws Exception {
		this.mvc
			.perform(post("/api/auth/signin/email").with(csrf())
				.header("X-Auth-Return-Redirect", "1")
				.param("email", "not an address")
				.param("callbackUrl", "https://elsewhere.example/"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url")
				.value("http://localhost/api/auth/signin?error=EmailSignin&callbackUrl=%2F&email=not+an+address"));
	}

	@Test
	void answersAuthJsClientsWithTheSignInPageAndItsErrorWhenTheMailServerIsDown() throws Exception {
		this.mvc
			.perform(post("/api/auth/signin/email").with(csrf())
				.header("X-Auth-Return-Redirect", "1")
				.param("email", "undeliverable@example.com"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.url").value("http://localhost/api/auth/signin?error=EmailSignin"));
	}

	@Test
	void servesAuthJsErrorPageWithoutOAuth() throws Exception {
		this.mvc.perform(get("/api/auth/error").param("error", "Verification"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("This sign-in link does not work")));
		this.mvc.perform(get("/api/auth/error").param("error", "<script>"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Sign-in did not work")))
			.andExpect(content().string(not(containsString("<script>"))));
	}

	@Test
	void theSignInPageShowsTheRefusedAddressAgainEscaped() throws Exception {
		this.mvc.perform(get("/api/auth/signin").param("error", "EmailSignin").param("email", "ada@\"><b>x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"ada@&quot;&gt;&lt;b&gt;x\"")))
			.andExpect(content().string(containsString("maxlength=\"254\"")));
		this.mvc.perform(get("/api/auth/signin").param("email", "ada@example.com"))
			.andExpect(content().string(not(containsString("ada@example.com"))));
	}

	@Test
	void aMailServerThatIsDownGetsAFriendlyPageWith503() throws Exception {
		this.mvc.perform(post("/api/auth/signin/email").with(csrf()).param("email", "undeliverable@example.com"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("We could not send the email")));
	}

	@Test
	void sendingALinkNeedsTheCsrfToken() throws Exception {
		this.mvc.perform(post("/api/auth/signin/email").param("email", uniqueEmail()))
			.andExpect(status().isForbidden());
	}

	@Test
	void openingTheLinkShowsAConfirmPageAndConsumesNothing() throws Exception {
		String email = uniqueEmail();
		String url = requestLink(email);
		this.mvc.perform(get(java.net.URI.create(url)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirm sign in")))
			.andExpect(content().string(containsString("name=\"csrfToken\"")))
			.andExpect(content().string(containsString(email)));
		this.mvc.perform(get(java.net.URI.create(url))).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM verification_token WHERE identifier = ?",
				Integer.class, email))
			.isOne();
		assertThat(this.adapter.getUserByEmail(email)).isEmpty();
	}

	@Test
	void confirmingCreatesAVerifiedUserAndASessionAndSetsTheCookie() throws Exception {
		String email = uniqueEmail();
		UriComponents link = UriComponentsBuilder.fromUriString(requestLink(email)).build();
		MvcResult result = this.mvc.perform(confirm(link))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/welcome"))
			.andExpect(header().stringValues("Set-Cookie",
					hasItem(allOf(startsWith("authjs.session-token="), containsString("Path=/"),
							containsString("HttpOnly"), containsString("SameSite=Lax"), not(containsString("Secure"))))))
			.andReturn();
		AdapterUser user = this.adapter.getUserByEmail(email).orElseThrow();
		assertThat(user.emailVerified()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(
				Duration.ofMinutes(1).toMillis(), java.time.temporal.ChronoUnit.MILLIS));
		String sessionToken = sessionCookie(result).getValue();
		assertThat(this.adapter.getSessionAndUser(sessionToken).orElseThrow().user().id()).isEqualTo(user.id());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM verification_token WHERE identifier = ?",
				Integer.class, email))
			.isZero();
		this.mvc.perform(get("/api/auth/session").cookie(sessionCookie(result)))
			.andExpect(content().string(containsString("\"email\":\"" + email + "\"")));
	}

	@Test
	void confirmingOverHttpsSetsASecureCookie() throws Exception {
		UriComponents link = UriComponentsBuilder.fromUriString(requestLink(uniqueEmail())).build();
		this.mvc.perform(confirm(link).secure(true))
			.andExpect(header().stringValues("Set-Cookie",
					hasItem(allOf(startsWith("__Secure-authjs.session-token="), containsString("Secure")))));
	}

	@Test
	void confirmingSetsEmailVerifiedOnAnExistingUser() throws Exception {
		String email = uniqueEmail();
		AdapterUser existing = this.adapter.createUser(new AdapterUser(null, "Grace", email, null, null));
		UriComponents link = UriComponentsBuilder.fromUriString(requestLink(email)).build();
		this.mvc.perform(confirm(link)).andExpect(status().isSeeOther());
		AdapterUser after = this.adapter.getUser(existing.id()).orElseThrow();
		assertThat(after.emailVerified()).isNotNull();
		assertThat(after.name()).isEqualTo("Grace");
	}

	@Test
	void aLinkWorksOnlyOnce() throws Exception {
		UriComponents link = UriComponentsBuilder.fromUriString(requestLink(uniqueEmail())).build();
		this.mvc.perform(confirm(link)).andExpect(status().isSeeOther());
		this.mvc.perform(confirm(link))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This sign-in link does not work")))
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void ofTwoConcurrentConfirmationsOfOneLinkOnlyOneSignsIn() throws Exception {
		String email = uniqueEmail();
		UriComponents link = UriComponentsBuilder.fromUriString(requestLink(email)).build();
		org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder first = confirm(link);
		org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder second = confirm(link);
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			java.util.concurrent.Future<Integer> one = threads.submit(() -> {
				start.await();
				return this.mvc.perform(first).andReturn().getResponse().getStatus();
			});
			java.util.concurrent.Future<Integer> two = threads.submit(() -> {
				start.await();
				return this.mvc.perform(second).andReturn().getResponse().getStatus();
			});
			start.countDown();
			assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(303, 400);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.\"userId\""
				+ " WHERE u.email = ?", Integer.class, email)).isOne();
	}

	@Test
	void signingInEndsTheSessionThisBrowserHadBefore() throws Exception {
		String before = uniqueEmail();
		MvcResult first = this.mvc.perform(confirm(UriComponentsBuilder.fromUriString(requestLink(before)).build()))
			.andReturn();
		Cookie previous = sessionCookie(first);
		UriComponents link = UriComponentsBuilder.fromUriString(requestLink(uniqueEmail())).build();
		this.mvc.perform(confirm(link).cookie(previous)).andExpect(status().isSeeOther());
		assertThat(this.adapter.getSessionAndUser(previous.getValue())).isEmpty();
	}

	@Test
	void aTamperedTokenIsRejectedWith400() throws Exception {
		String email = uniqueEmail();
		UriComponents link = UriComponentsBuilder.fromUriString(requestLink(email)).build();
		String token = link.getQueryParams().getFirst("token");
		String tampered = ((token.charAt(0) == 'a') ? "b" : "a") + token.substring(1);
		this.mvc
			.perform(post("/api/auth/callback/email").with(csrf()).param("email", email).param("token", tampered))
			.andExpect(status().isBadRequest());
		assertThat(this.adapter.getUserByEmail(email)).isEmpty();
	}

	@Test
	void aTokenGivenTwiceIsRejectedWith400AndStillWorksOnItsOwn() throws Exception {
		String email = uniqueEmail();
		UriComponents link = UriComponentsBuilder.fromUriString(requestLink(email)).build();
		String token = link.getQueryParams().getFirst("token");
		this.mvc
			.perform(post("/api/auth/callback/email").with(csrf()).param("email", email).param("token", token, token))
			.andExpect(status().isBadRequest());
		assertThat(this.adapter.getUserByEmail(email)).isEmpty();
		this.mvc.perform(post("/api/auth/callback/email").with(csrf()).param("email", email).param("token", token))
			.andExpect(status().isSeeOther());
	}

	@Test
	void aTokenForAnotherAddressIsRejectedWith400() throws Exception {
		UriComponents link = UriComponentsBuilder.fromUriString(requestLink(uniqueEmail())).build();
		this.mvc
			.perform(post("/api/auth/callback/email").with(csrf())
				.param("email", uniqueEmail())
				.param("token", link.getQueryParams().getFirst("token")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anExpiredTokenIsRejectedWith400() throws Exception {
		String email = uniqueEmail();
		String token = "expired-" + UUID.randomUUID();
		this.adapter.createVerificationToken(new VerificationToken(email,
				new VerificationTokenHasher("test-secret-of-thirty-two-bytes-or-more").hash(token),
				Instant.now().minusSeconds(1)));
		this.mvc.perform(post("/api/auth/callback/email").with(csrf()).param("email", email).param("token", token))
			.andExpect(status().isBadRequest());
		assertThat(this.adapter.getUserByEmail(email)).isEmpty();
	}

	@Test
	void anIncompleteLinkIsRejectedWith400() throws Exception {
		this.mvc.perform(get("/api/auth/callback/email").param("email", uniqueEmail()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("incomplete")));
		this.mvc.perform(post("/api/auth/callback/email").with(csrf()).param("token", "abc"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aMalformedEmailInTheLinkIsRejectedWith400() throws Exception {
		this.mvc.perform(post("/api/auth/callback/email").with(csrf()).param("email", "%%%").param("token", "abc"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void confirmingNeedsTheCsrfToken() throws Exception {
		String email = uniqueEmail();
		UriComponents link = UriComponentsBuilder.fromUriString(requestLink(email)).build();
		this.mvc
			.perform(post("/api/auth/callback/email").param("email", email)
				.param("token", link.getQueryParams().getFirst("token")))
			.andExpect(status().isForbidden());
		assertThat(this.adapter.getUserByEmail(email)).isEmpty();
	}

	@Test
	void theProvidersEndpointListsEmailAsAuthJsDoes() throws Exception {
		this.mvc.perform(get("/api/auth/providers"))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"email":{"id":"email","name":"Email","type":"email",
					"signinUrl":"http://localhost/api/auth/signin/email",
					"callbackUrl":"http://localhost/api/auth/callback/email"}}""", JsonCompareMode.STRICT))
			.andExpect(content().string(containsString(
					"{\"id\":\"email\",\"name\":\"Email\",\"type\":\"email\",\"signinUrl\":")));
	}

	@Test
	void theBuiltInPagesAreServed() throws Exception {
		this.mvc.perform(get("/api/auth/signin").param("callbackUrl", "/x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/api/auth/signin/email\"")))
			.andExpect(content().string(containsString("value=\"/x\"")));
		this.mvc.perform(get("/api/auth/verify-request"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Check your email")));
	}

	private String requestLink(String email) throws Exception {
		this.mvc
			.perform(post("/api/auth/signin/email").with(csrf()).param("email", email).param("callbackUrl", "/welcome"))
			.andExpect(status().isSeeOther());
		MagicLink link = this.sender.last();
		assertThat(link.email().value()).isEqualTo(email);
		return link.url();
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder confirm(UriComponents link)
			throws Exception {
		return post("/api/auth/callback/email").with(csrf())
			.param("email", decode(link.getQueryParams().getFirst("email")))
			.param("token", link.getQueryParams().getFirst("token"))
			.param("callbackUrl", decode(link.getQueryParams().getFirst("callbackUrl")));
	}

	private static String decode(String value) {
		return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static Cookie sessionCookie(MvcResult result) {
		return Arrays.stream(result.getResponse().getCookies())
			.filter((cookie) -> cookie.getName().endsWith("authjs.session-token"))
			.findFirst()
			.orElseThrow();
	}

	private static String uniqueEmail() {
		return "user-" + UUID.randomUUID() + "@example.com";
	}

	/**
	 * The CSRF token as a browser gets it: from {@code /api/auth/csrf}, with its cookie, over HTTPS when the request
	 * is secure.
	 */
	private RequestPostProcessor csrf() {
		return (request) -> {
			MvcResult result;
			try {
				result = this.mvc.perform(get("/api/auth/csrf").secure(request.isSecure())).andReturn();
				String token = JsonPath.read(result.getResponse().getContentAsString(), "$.csrfToken");
				request.addParameter("csrfToken", token);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			Cookie cookie = result.getResponse()
				.getCookie(request.isSecure() ? "__Host-authjs.csrf-token" : "authjs.csrf-token");
			Cookie[] cookies = (request.getCookies() != null) ? request.getCookies() : new Cookie[0];
			Cookie[] all = Arrays.copyOf(cookies, cookies.length + 1);
			all[cookies.length] = cookie;
			request.setCookies(all);
			return request;
		};
	}

}
