package io.github.authadapter.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Keeps the CSRF token in Auth.js's cookie: {@value #COOKIE} over HTTP and {@value #SECURE_COOKIE} over HTTPS,
 * HttpOnly, SameSite=Lax, Path=/, with the value {@code token|hash} (the bar percent-encoded, as Auth.js writes
 * it), where hash is the hex SHA-256 of the token followed by the secret. A cookie whose hash does not verify is ignored, so one planted by a sibling subdomain or on
 * plain HTTP is worth nothing, and a cookie written by a Next.js app with the same secret is accepted.
 */
public final class AuthJsCsrfTokenRepository implements CsrfTokenRepository {

	/**
	 * The cookie over HTTP.
	 */
	public static final String COOKIE = "authjs.csrf-token";

	/**
	 * The cookie over HTTPS. The {@code __Host-} prefix makes the browser refuse it unless it is Secure, has Path=/
	 * and no Domain, and was set by this very host.
	 */
	public static final String SECURE_COOKIE = "__Host-authjs.csrf-token";

	/**
	 * The request header that may carry the token instead of the form field, as Spring Security's clients send it.
	 */
	public static final String HEADER = "X-CSRF-Token";

	private static final int TOKEN_BYTES = 32;

	/**
	 * The {@code |} between token and hash, percent-encoded as Auth.js writes it. Both forms are read.
	 */
	private static final String ENCODED_SEPARATOR = "%7C";

	private static final HexFormat HEX = HexFormat.of();

	private final SecureRandom random = new SecureRandom();

	private final String secret;

	/**
	 * Creates a repository.
	 * @param secret the application's secret, Auth.js's {@code AUTH_SECRET}
	 */
	public AuthJsCsrfTokenRepository(String secret) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("secret must not be blank; set auth.adapter.secret");
		}
		this.secret = secret;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		byte[] token = new byte[TOKEN_BYTES];
		this.random.nextBytes(token);
		return token(HEX.formatHex(token));
	}

	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			expire(request, response);
			return;
		}
		response.addHeader(HttpHeaders.SET_COOKIE,
				cookie(request, token.getToken() + ENCODED_SEPARATOR + hash(token.getToken())).build().toString());
	}

	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		String name = nameFor(request);
		for (Cookie cookie : cookies) {
			if (name.equals(cookie.getName())) {
				String token = verifiedToken(cookie.getValue());
				if (token != null) {
					return token(token);
				}
			}
		}
		return null;
	}

	/**
	 * Removes the CSRF cookie, so that the next page the browser opens gets a new token. Every sign-in calls this,
	 * so that a token known before the sign-in, perhaps planted, does not carry over into the session.
	 */
	public static void expire(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "").maxAge(0).build().toString());
	}

	/**
	 * The name of the cookie that this request reads and writes. Over HTTPS only the {@code __Host-} cookie counts:
	 * the other could have been set by a sibling subdomain or on plain HTTP.
	 */
	public static String nameFor(HttpServletRequest request) {
		return request.isSecure() ? SECURE_COOKIE : COOKIE;
	}

	private @Nullable String verifiedToken(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String decoded = value.replace(ENCODED_SEPARATOR, "|").replace("%7c", "|");
		int bar = decoded.indexOf('|');
		if (bar <= 0 || bar == decoded.length() - 1) {
			return null;
		}
		String token = decoded.substring(0, bar);
		byte[] expected = hash(token).getBytes(StandardCharsets.US_ASCII);
		byte[] actual = decoded.substring(bar + 1).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, actual) ? token : null;
	}

	private String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HEX.formatHex(digest.digest((token + this.secret).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static CsrfToken token(String value) {
		return new DefaultCsrfToken(HEADER, AuthAdapterHttpConfigurer.CSRF_PARAMETER, value);
	}

	private static ResponseCookie.ResponseCookieBuilder cookie(HttpServletRequest request, String value) {
		// A session cookie, as Auth.js's: it lasts as long as the browser keeps its session.
		return ResponseCookie.from(nameFor(request), value)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/");
	}

	@Override
	public String toString() {
		return "AuthJsCsrfTokenRepository[secret hidden]";
	}

}
