package io.github.authadapter.oauth;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.authadapter.web.AuthRoutes;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * Keeps the pending authorization request of an OAuth sign-in in a short-lived, encrypted cookie instead of the HTTP
 * session, so that the application stays stateless. The cookie holds the state, the PKCE verifier and the OpenID
 * Connect nonce; it is only sent to {@value AuthRoutes#BASE_PATH} and is removed when the provider sends the browser
 * back.
 */
public class CookieAuthorizationRequestRepository implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

	/**
	 * The name of the cookie.
	 */
	public static final String COOKIE_NAME = "auth-adapter.oauth-request";

	/**
	 * How long a person has to sign in at the provider by default: 15 minutes, as Auth.js's state cookie.
	 */
	public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(15);

	private static final String VERSION = "1";

	private final SealedCookieValues sealer;

	private final Duration maxAge;

	private final Clock clock;

	public CookieAuthorizationRequestRepository(String secret, Duration maxAge, Clock clock) {
		if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
			throw new IllegalArgumentException("maxAge must be positive, but was " + maxAge
					+ "; set auth.adapter.oauth.authorization-request-max-age to a duration such as 15m");
		}
		this.sealer = new SealedCookieValues(secret, "auth-adapter OAuth authorization request");
		this.maxAge = maxAge;
		this.clock = clock;
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
		String state = request.getParameter(OAuth2ParameterNames.STATE);
		if (state == null) {
			return null;
		}
		return read(request).filter((authorizationRequest) -> sameState(authorizationRequest.getState(), state))
			.orElse(null);
	}

	@Override
	public void saveAuthorizationRequest(@Nullable OAuth2AuthorizationRequest authorizationRequest,
			HttpServletRequest request, HttpServletResponse response) {
		if (authorizationRequest == null) {
			clear(request, response, false);
			return;
		}
		String value = this.sealer.seal(encode(authorizationRequest, this.clock.instant().plus(this.maxAge)));
		add(response, cookie(request, value, this.maxAge, isFormPost(authorizationRequest)));
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request,
			HttpServletResponse response) {
		OAuth2AuthorizationRequest authorizationRequest = loadAuthorizationRequest(request);
		if (hasCookie(request)) {
			// With the attributes it was set with, as a browser keeps a Secure cookie from being replaced by one that
			// is not.
			clear(request, response, authorizationRequest != null && isFormPost(authorizationRequest));
		}
		return authorizationRequest;
	}

	private static boolean isFormPost(OAuth2AuthorizationRequest authorizationRequest) {
		return AuthJsProviders.FORM_POST.equals(authorizationRequest.getAdditionalParameters().get("response_mode"));
	}

	private Optional<OAuth2AuthorizationRequest> read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE_NAME.equals(cookie.getName())) {
				return this.sealer.open(cookie.getValue()).flatMap(this::decode);
			}
		}
		return Optional.empty();
	}

	private static boolean hasCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE_NAME.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean sameState(@Nullable String stored, String received) {
		return stored != null && MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8),
				received.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Form-encodes the fields; only string attributes and parameters are kept, which are all that Spring Security
	 * puts there (registration id, nonce, PKCE verifier and challenge) and all that sign-in adds (callback URL).
	 */
	private static String encode(OAuth2AuthorizationRequest authorizationRequest, Instant expires) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("v", VERSION);
		fields.put("exp", Long.toString(expires.getEpochSecond()));
		fields.put("au", authorizationRequest.getAuthorizationUri());
		fields.put("ci", authorizationRequest.getClientId());
		putIfNotNull(fields, "ru", authorizationRequest.getRedirectUri());
		fields.put("sc", String.join(" ", authorizationRequest.getScopes()));
		putIfNotNull(fields, "st", authorizationRequest.getState());
		authorizationRequest.getAttributes().forEach((name, value) -> {
			if (value instanceof String text) {
				fields.put("a." + name, text);
			}
		});
		authorizationRequest.getAdditionalParameters().forEach((name, value) -> {
			if (value instanceof String text) {
				fields.put("p." + name, text);
			}
		});
		StringBuilder encoded = new StringBuilder();
		fields.forEach((name, value) -> {
			if (!encoded.isEmpty()) {
				encoded.append('&');
			}
			encoded.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		});
		return encoded.toString();
	}

	private Optional<OAuth2AuthorizationRequest> decode(String encoded) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : encoded.split("&")) {
			int equals = pair.indexOf('=');
			if (equals < 0) {
				return Optional.empty();
			}
			fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		if (!VERSION.equals(fields.get("v")) || !fields.containsKey("au") || !fields.containsKey("ci")) {
			return Optional.empty();
		}
		try {
			if (!Instant.ofEpochSecond(Long.parseLong(fields.get("exp"))).isAfter(this.clock.instant())) {
				return Optional.empty();
			}
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		Map<String, Object> attributes = new LinkedHashMap<>();
		Map<String, Object> parameters = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (name.startsWith("a.")) {
				attributes.put(name.substring(2), value);
			}
			else if (name.startsWith("p.")) {
				parameters.put(name.substring(2), value);
			}
		});
		Set<String> scopes = new LinkedHashSet<>();
		for (String scope : fields.getOrDefault("sc", "").split(" ")) {
			if (!scope.isEmpty()) {
				scopes.add(scope);
			}
		}
		return Optional.of(OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri(fields.get("au"))
			.clientId(fields.get("ci"))
			.redirectUri(fields.get("ru"))
			.scopes(scopes)
			.state(fields.get("st"))
			.attributes(attributes)
			.additionalParameters(parameters)
			.build());
	}

	private static void putIfNotNull(Map<String, String> fields, String name, @Nullable String value) {
		if (value != null) {
			fields.put(name, value);
		}
	}

	private static void clear(HttpServletRequest request, HttpServletResponse response, boolean formPost) {
		add(response, cookie(request, "", Duration.ZERO, formPost));
	}

	/**
	 * Lax lets the cookie travel on the provider's top-level redirect back to the callback, but not on the
	 * cross-site {@code POST} of a provider that answers in {@code response_mode=form_post}: for such a request the
	 * cookie is {@code SameSite=None}, which browsers only keep with {@code Secure}, as Auth.js makes its state and
	 * nonce cookies for such a provider. Its sealed state still has to match the one posted.
	 */
	private static ResponseCookie cookie(HttpServletRequest request, String value, Duration maxAge,
			boolean formPost) {
		return ResponseCookie.from(COOKIE_NAME, value)
			.httpOnly(true)
			.secure(formPost || request.isSecure())
			.sameSite(formPost ? "None" : "Lax")
			.path(request.getContextPath() + AuthRoutes.BASE_PATH)
			.maxAge(maxAge)
			.build();
	}

	private static void add(HttpServletResponse response, ResponseCookie cookie) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
