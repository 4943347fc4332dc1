package io.github.authadapter.jwt;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.authadapter.crypto.AuthJsJweCodec;
import io.github.authadapter.crypto.AuthJsJwt;
import io.github.authadapter.crypto.AuthJsJwtDecoding;
import io.github.authadapter.crypto.AuthJsJwtFormat;
import io.github.authadapter.session.ChunkedCookies;
import io.github.authadapter.session.SessionCookies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Reads, writes and removes Auth.js's JWT session cookie under each of its names: {@code __Secure-authjs.session-token}
 * and {@code authjs.session-token} of Auth.js v5, whose key is derived with the cookie's name as salt, and
 * {@code __Secure-next-auth.session-token} and {@code next-auth.session-token} of NextAuth.js v4, with v4's key and
 * chunk size. A long token is split into chunks {@code name.0}, {@code name.1}, ... as Auth.js splits it.
 * <p>
 * The keys are derived once, here, from the secrets, newest first: the first encrypts, all decrypt. Instances are
 * thread-safe.
 */
public final class JwtSessionCookies {

	private final Map<String, Kind> kinds = new LinkedHashMap<>();

	private final boolean databaseSessionsToo;

	/**
	 * The cookies for the given secrets.
	 * @param secrets the Next.js app's {@code AUTH_SECRET}, or several, newest first, each of at least
	 * {@value AuthJsJweCodec#MIN_SECRET_BYTES} bytes
	 * @param databaseSessionsToo whether a value that is not a JWT belongs to a database session, and is left to
	 * the database session cookie, rather than refused
	 * @param clock the clock for {@code iat} and {@code exp}
	 * @throws IllegalArgumentException when there is no secret or one is too short
	 */
	public JwtSessionCookies(List<String> secrets, boolean databaseSessionsToo, Clock clock) {
		AuthJsJweCodec nextAuthV4 = new AuthJsJweCodec(AuthJsJwtFormat.NEXT_AUTH_V4, secrets, "", clock);
		for (String name : SessionCookies.NAMES) {
			boolean v4 = name.endsWith(SessionCookies.LEGACY_SESSION_TOKEN);
			this.kinds.put(name, v4
					? new Kind(nextAuthV4, new ChunkedCookies(name, ChunkedCookies.NEXT_AUTH_V4_CHUNK_SIZE))
					: new Kind(new AuthJsJweCodec(AuthJsJwtFormat.AUTH_JS, secrets, name, clock),
							new ChunkedCookies(name, ChunkedCookies.AUTH_JS_CHUNK_SIZE)));
		}
		this.databaseSessionsToo = databaseSessionsToo;
	}

	/**
	 * The JWT session cookie of the request, decoded: the first of {@link SessionCookies#NAMES} that the request
	 * carries, whole or in chunks. Empty when it carries none, or only the token of a database session that is
	 * accepted too.
	 */
	public Optional<JwtSessionCookie> read(HttpServletRequest request) {
		for (Map.Entry<String, Kind> entry : this.kinds.entrySet()) {
			String name = entry.getKey();
			ChunkedCookies.Read read = entry.getValue().chunks().read(request);
			if (read.refusal() != null) {
				return Optional.of(JwtSessionCookie.refused(name, "its chunks: " + read.refusal()));
			}
			String value = read.value();
			if (value == null) {
				continue;
			}
			if (this.databaseSessionsToo && !SessionCookies.isJwt(value)) {
				return Optional.empty();
			}
			AuthJsJwtDecoding decoding = entry.getValue().codec().decode(value);
			AuthJsJwt jwt = decoding.jwt();
			return Optional.of((jwt != null) ? JwtSessionCookie.accepted(name, jwt)
					: JwtSessionCookie.refused(name, String.valueOf(decoding.rejection())));
		}
		return Optional.empty();
	}

	/**
	 * Sets a new token with the claims under the name that this request's cookie has, as Auth.js v5 names it:
	 * {@code __Secure-authjs.session-token} over HTTPS, {@code authjs.session-token} otherwise.
	 * @return the claims of the new token, with its {@code iat}, {@code exp} and {@code jti}
	 */
	public AuthJsJwt write(HttpServletRequest request, HttpServletResponse response,
			Map<String, ? extends @Nullable Object> claims, Duration maxAge) {
		return write(request, response, SessionCookies.nameFor(request), claims, maxAge);
	}

	/**
	 * Sets a new token with the claims, in chunks when it is long, under the given name and in its version's format,
	 * and removes the chunks of that name that the request carries and the new token does not need.
	 * @param name one of {@link SessionCookies#NAMES}
	 * @param claims the claims; {@code iat}, {@code exp} and {@code jti} are replaced
	 * @param maxAge the lifetime of the token and of its cookies
	 * @return the claims of the new token, with its {@code iat}, {@code exp} and {@code jti}
	 */
	public AuthJsJwt write(HttpServletRequest request, HttpServletResponse response, String name,
			Map<String, ? extends @Nullable Object> claims, Duration maxAge) {
		Kind kind = kind(name);
		AuthJsJweCodec.Issued issued = kind.codec().issue(claims, maxAge);
		add(response, kind.chunks().write(request, issued.token(), SessionCookies.cookie(request, name, "", maxAge)));
		return issued.jwt();
	}

	/**
	 * Removes the cookie of the given name and every chunk of it that the request carries.
	 */
	public void clear(HttpServletRequest request, HttpServletResponse response, String name) {
		add(response, kind(name).chunks().clear(request, SessionCookies.cookie(request, name, "", Duration.ZERO)));
	}

	private Kind kind(String name) {
		Kind kind = this.kinds.get(name);
		if (kind == null) {
			throw new IllegalArgumentException(name + " is none of the session cookies " + SessionCookies.NAMES);
		}
		return kind;
	}

	private static void add(HttpServletResponse response, List<ResponseCookie> cookies) {
		cookies.forEach((cookie) -> response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString()));
	}

	private record Kind(AuthJsJweCodec codec, ChunkedCookies chunks) {
	}

	/**
	 * The JWT session cookie that a request carries: its claims, or why it was refused.
	 * @param name the cookie's name, without a chunk's suffix
	 * @param jwt the claims of an accepted token, or {@code null}
	 * @param refusal why the cookie was refused, in words that never contain the token, or {@code null}
	 */
	public record JwtSessionCookie(String name, @Nullable AuthJsJwt jwt, @Nullable String refusal) {

		static JwtSessionCookie accepted(String name, AuthJsJwt jwt) {
			return new JwtSessionCookie(name, jwt, null);
		}

		static JwtSessionCookie refused(String name, String refusal) {
			return new JwtSessionCookie(name, null, refusal);
		}

	}

}
