package io.github.authadapter.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Reads and writes the Auth.js session cookie, whose value is the session token of a row in the sessions table.
 * <p>
 * The cookie is written as {@value #SESSION_TOKEN} over HTTP and {@value #SECURE_SESSION_TOKEN} over HTTPS, as
 * Auth.js v5 does. The names of NextAuth.js v4 are read as well, so that sessions of an older Next.js app on the same
 * database work. Only {@link DatabaseSignInSessions} writes them.
 * <p>
 * The same names carry Auth.js's JWT session token when Auth.js runs JWT sessions. Such a value, a compact JWE of five
 * dot-separated parts, is never the token of a database session, so {@link #read} passes it over; and a long one is
 * split into chunks {@code name.0}, {@code name.1}, ..., which {@link #clear} removes too.
 */
public final class SessionCookies {

	/**
	 * The session cookie of Auth.js v5 over HTTP.
	 */
	public static final String SESSION_TOKEN = "authjs.session-token";

	/**
	 * The session cookie of Auth.js v5 over HTTPS.
	 */
	public static final String SECURE_SESSION_TOKEN = "__Secure-authjs.session-token";

	/**
	 * The session cookie of NextAuth.js v4 over HTTP.
	 */
	public static final String LEGACY_SESSION_TOKEN = "next-auth.session-token";

	/**
	 * The session cookie of NextAuth.js v4 over HTTPS.
	 */
	public static final String LEGACY_SECURE_SESSION_TOKEN = "__Secure-next-auth.session-token";

	/**
	 * The names that are read, in order of preference.
	 */
	public static final List<String> NAMES = List.of(SECURE_SESSION_TOKEN, SESSION_TOKEN,
			LEGACY_SECURE_SESSION_TOKEN, LEGACY_SESSION_TOKEN);

	private SessionCookies() {
	}

	/**
	 * The database session token that the request carries, if any: the first of the {@link #NAMES} whose value is not
	 * empty and not a JWT.
	 */
	public static Optional<String> read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (String name : NAMES) {
			for (Cookie cookie : cookies) {
				if (name.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isBlank()
						&& !isJwt(cookie.getValue())) {
					return Optional.of(cookie.getValue());
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Sends the session cookie: HttpOnly, SameSite=Lax, Path=/, Secure on HTTPS, and kept by the browser until the
	 * session expires. Chunks of a JWT under the same name are removed, which would otherwise spoil the cookie.
	 */
	static void write(HttpServletRequest request, HttpServletResponse response, String sessionToken,
			Instant expires, Instant now) {
		Duration maxAge = Duration.between(now, expires);
		String name = nameFor(request);
		add(response, cookie(request, name, sessionToken, maxAge.isNegative() ? Duration.ZERO : maxAge));
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (!cookie.getName().equals(name) && isChunkOf(name, cookie.getName())) {
					add(response, cookie(request, cookie.getName(), "", Duration.ZERO));
				}
			}
		}
	}

	/**
	 * The signed factors of the session that the request carries, as {@link SessionFactors} wrote them, if any. Over
	 * HTTPS only the {@code __Host-} cookie counts.
	 */
	static @Nullable String readFactors(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		String name = factorsNameFor(request);
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (name.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isEmpty()) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	/**
	 * Sends the cookie of the session's signed factors, with the session cookie's attributes and lifetime; or, with
	 * none, removes the one the request carries.
	 */
	static void writeFactors(HttpServletRequest request, HttpServletResponse response, @Nullable String factors,
			Instant expires, Instant now) {
		if (factors == null) {
			clearFactors(request, response);
			return;
		}
		Duration maxAge = Duration.between(now, expires);
		add(response, cookie(request, factorsNameFor(request), factors, maxAge.isNegative() ? Duration.ZERO : maxAge));
	}

	/**
	 * Removes every session cookie that the request carries, chunks of a JWT included, with the cookie of its
	 * factors, and the one this request would write.
	 */
	public static void clear(HttpServletRequest request, HttpServletResponse response) {
		clearFactors(request, response);
		Cookie[] cookies = request.getCookies();
		String current = nameFor(request);
		boolean currentCleared = false;
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (isSessionCookie(cookie.getName())) {
					add(response, cookie(request, cookie.getName(), "", Duration.ZERO));
					currentCleared |= cookie.getName().equals(current);
				}
			}
		}
		if (!currentCleared) {
			add(response, cookie(request, current, "", Duration.ZERO));
		}
	}

	private static void clearFactors(HttpServletRequest request, HttpServletResponse response) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (cookie.getName().equals(SessionFactors.COOKIE)
						|| cookie.getName().equals(SessionFactors.SECURE_COOKIE)) {
					add(response, cookie(request, cookie.getName(), "", Duration.ZERO));
				}
			}
		}
	}

	private static String factorsNameFor(HttpServletRequest request) {
		return request.isSecure() ? SessionFactors.SECURE_COOKIE : SessionFactors.COOKIE;
	}

	/**
	 * The name under which this request's session cookie is written.
	 */
	public static String nameFor(HttpServletRequest request) {
		return request.isSecure() ? SECURE_SESSION_TOKEN : SESSION_TOKEN;
	}

	/**
	 * Whether a cookie's value is a compact JWE, as Auth.js's JWT session token is: five parts separated by dots. The
	 * tokens of database sessions, hex or UUIDs, have no dots.
	 */
	public static boolean isJwt(String value) {
		int dots = 0;
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) == '.') {
				dots++;
			}
		}
		return dots == 4;
	}

	/**
	 * A session cookie of the given name with the attributes that Auth.js gives it: HttpOnly, SameSite=Lax, Path=/,
	 * and Secure over HTTPS or for a {@code __Secure-} name.
	 */
	public static ResponseCookie cookie(HttpServletRequest request, String name, String value, Duration maxAge) {
		// The __Secure- and __Host- prefixes oblige the browser to reject the cookie unless it is marked Secure.
		boolean secure = request.isSecure() || name.startsWith("__Secure-") || name.startsWith("__Host-");
		return ResponseCookie.from(name, value)
			.httpOnly(true)
			.secure(secure)
			.sameSite("Lax")
			.path("/")
			.maxAge(maxAge)
			.build();
	}

	/**
	 * One of the {@link #NAMES}, or a chunk {@code name.<digits>} of one.
	 */
	private static boolean isSessionCookie(String cookieName) {
		for (String name : NAMES) {
			if (cookieName.equals(name) || isChunkOf(name, cookieName)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isChunkOf(String name, String cookieName) {
		return cookieName.startsWith(name + ".") && cookieName.length() > name.length() + 1
				&& cookieName.substring(name.length() + 1).chars().allMatch((c) -> c >= '0' && c <= '9');
	}

	private static void add(HttpServletResponse response, ResponseCookie cookie) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
