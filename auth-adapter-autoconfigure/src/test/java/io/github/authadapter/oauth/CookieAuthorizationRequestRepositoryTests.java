package io.github.authadapter.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CookieAuthorizationRequestRepository}.
 */
class CookieAuthorizationRequestRepositoryTests {

	private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

	private final CookieAuthorizationRequestRepository repository = repository("secret", NOW);

	@Test
	void theRequestComesBackFromTheCookieWhenTheProviderReturnsWithItsState() {
		OAuth2AuthorizationRequest saved = authorizationRequest();
		Cookie cookie = save(this.repository, saved);

		OAuth2AuthorizationRequest loaded = this.repository.loadAuthorizationRequest(callback(cookie, "state-1"));

		assertThat(loaded).isNotNull();
		assertThat(loaded.getAuthorizationUri()).isEqualTo(saved.getAuthorizationUri());
		assertThat(loaded.getClientId()).isEqualTo("client");
		assertThat(loaded.getRedirectUri()).isEqualTo("http://127.0.0.1:8080/api/auth/callback/idp");
		assertThat(loaded.getScopes()).containsExactly("openid", "email");
		assertThat(loaded.getAttributes()).isEqualTo(saved.getAttributes());
		assertThat(loaded.getAdditionalParameters()).isEqualTo(saved.getAdditionalParameters());
		assertThat(loaded.getAuthorizationRequestUri()).isEqualTo(saved.getAuthorizationRequestUri());
	}

	@Test
	void theCookieIsHttpOnlyLaxLimitedToTheAuthPathsAndShortLived() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.repository.saveAuthorizationRequest(authorizationRequest(), new MockHttpServletRequest(), response);

		assertThat(response.getHeader("Set-Cookie")).startsWith(CookieAuthorizationRequestRepository.COOKIE_NAME + "=")
			.contains("Path=/api/auth", "Max-Age=900", "HttpOnly", "SameSite=Lax")
			.doesNotContain("code-verifier-1", "nonce-1", "state-1");
	}

	@Test
	void anotherStateIsNotAccepted() {
		Cookie cookie = save(this.repository, authorizationRequest());
		assertThat(this.repository.loadAuthorizationRequest(callback(cookie, "state-2"))).isNull();
		assertThat(this.repository.loadAuthorizationRequest(callback(cookie, null))).isNull();
	}

	@Test
	void anAlteredCookieOrOneSealedWithAnotherSecretIsNotAccepted() {
		Cookie cookie = save(this.repository, authorizationRequest());
		String value = cookie.getValue();
		int middle = value.length() / 2;
		char flipped = (value.charAt(middle) == 'A') ? 'B' : 'A';
		Cookie altered = new Cookie(cookie.getName(), value.substring(0, middle) + flipped + value.substring(middle + 1));

		assertThat(this.repository.loadAuthorizationRequest(callback(altered, "state-1"))).isNull();
		assertThat(repository("other-secret", NOW).loadAuthorizationRequest(callback(cookie, "state-1"))).isNull();
		assertThat(this.repository.loadAuthorizationRequest(callback(new Cookie(cookie.getName(), "garbage"), "state-1")))
			.isNull();
	}

	@Test
	void anExpiredRequestIsNotAccepted() {
		Cookie cookie = save(this.repository, authorizationRequest());
		assertThat(repository("secret", NOW.plus(Duration.ofMinutes(15)))
			.loadAuthorizationRequest(callback(cookie, "state-1"))).isNull();
		assertThat(repository("secret", NOW.plus(Duration.ofMinutes(14)))
			.loadAuthorizationRequest(callback(cookie, "state-1"))).isNotNull();
	}

	@Test
	void removingReturnsTheRequestAndDeletesTheCookie() {
		Cookie cookie = save(this.repository, authorizationRequest());
		MockHttpServletResponse response = new MockHttpServletResponse();

		assertThat(this.repository.removeAuthorizationRequest(callback(cookie, "state-1"), response)).isNotNull();
		assertThat(response.getHeader("Set-Cookie")).contains("Max-Age=0");
	}

	/**
	 * A provider that answers in {@code response_mode=form_post} posts from its own site, with which a Lax cookie is
	 * not sent: the cookie is {@code SameSite=None}, with {@code Secure} as browsers require, also over plain HTTP
	 * and also when it is removed.
	 */
	@Test
	void aFormPostRequestsCookieIsSameSiteNoneAndSecure() {
		OAuth2AuthorizationRequest formPost = OAuth2AuthorizationRequest.from(authorizationRequest())
			.additionalParameters((parameters) -> parameters.put("response_mode", "form_post"))
			.build();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.repository.saveAuthorizationRequest(formPost, new MockHttpServletRequest(), response);
		assertThat(response.getHeader("Set-Cookie")).contains("Path=/api/auth", "Max-Age=900", "HttpOnly",
				"SameSite=None", "Secure");

		MockHttpServletResponse removal = new MockHttpServletResponse();
		MockHttpServletRequest callback = callback(response.getCookie(CookieAuthorizationRequestRepository.COOKIE_NAME),
				"state-1");
		callback.setMethod("POST");
		assertThat(this.repository.removeAuthorizationRequest(callback, removal)).isNotNull();
		assertThat(removal.getHeader("Set-Cookie")).contains("Max-Age=0", "SameSite=None", "Secure");
		// The other providers' cookie stays Lax, and Secure only over HTTPS.
		assertThat(save(this.repository, authorizationRequest()).getSecure()).isFalse();
	}

	private static Cookie save(CookieAuthorizationRequestRepository repository, OAuth2AuthorizationRequest request) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		repository.saveAuthorizationRequest(request, new MockHttpServletRequest(), response);
		return response.getCookie(CookieAuthorizationRequestRepository.COOKIE_NAME);
	}

	private static MockHttpServletRequest callback(Cookie cookie, String state) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/auth/callback/idp");
		request.setCookies(cookie);
		if (state != null) {
			request.setParameter("state", state);
		}
		request.setParameter("code", "code-1");
		return request;
	}

	private static OAuth2AuthorizationRequest authorizationRequest() {
		return OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri("https://idp.example.com/authorize")
			.clientId("client")
			.redirectUri("http://127.0.0.1:8080/api/auth/callback/idp")
			.scope("openid", "email")
			.state("state-1")
			.attributes((attributes) -> {
				attributes.put("registration_id", "idp");
				attributes.put("code_verifier", "code-verifier-1");
				attributes.put("nonce", "nonce-1");
				attributes.put(AuthJsAuthorizationRequestResolver.CALLBACK_URL_ATTRIBUTE, "/account?tab=a&b=c");
			})
			.additionalParameters((parameters) -> {
				parameters.put("code_challenge", "challenge-1");
				parameters.put("code_challenge_method", "S256");
				parameters.put("nonce", "nonce-hash-1");
			})
			.build();
	}

	private static CookieAuthorizationRequestRepository repository(String secret, Instant now) {
		return new CookieAuthorizationRequestRepository(secret, CookieAuthorizationRequestRepository.DEFAULT_MAX_AGE,
				Clock.fixed(now, ZoneOffset.UTC));
	}

}
