package io.github.authadapter.jwt;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import io.github.authadapter.crypto.AuthJsJwt;
import io.github.authadapter.jwt.JwtSessionCookies.JwtSessionCookie;
import io.github.authadapter.session.SessionCookieFilter;
import io.github.authadapter.session.SessionLifetime;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.AuthenticationException;

/**
 * Signs a request in with Auth.js's JWT session cookie, without the database unless the user is to be loaded from it.
 * A token that decrypts and has not expired puts a {@link JwtSessionAuthentication} into the security context, and
 * is issued again with a new expiry once {@link SessionLifetime#updateAge() updateAge} has passed since it was issued.
 * Any other cookie (tampered, truncated, expired, of another secret, malformed, oversized, a chunk missing, or of a
 * user that no longer exists) leaves the request anonymous and is removed, with one DEBUG line that never contains
 * the token. No HTTP session is created.
 */
public class JwtSessionAuthenticationFilter extends SessionCookieFilter {

	private static final Log logger = LogFactory.getLog(JwtSessionAuthenticationFilter.class);

	private final JwtSessionCookies cookies;

	private final AuthenticationManager authenticationManager;

	private final SessionLifetime lifetime;

	private final Clock clock;

	public JwtSessionAuthenticationFilter(JwtSessionCookies cookies, AuthenticationManager authenticationManager,
			SessionLifetime lifetime, Clock clock) {
		this.cookies = cookies;
		this.authenticationManager = authenticationManager;
		this.lifetime = lifetime;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isSignedIn()) {
			this.cookies.read(request).ifPresent((cookie) -> authenticate(cookie, request, response));
		}
		chain.doFilter(request, response);
	}

	private void authenticate(JwtSessionCookie cookie, HttpServletRequest request, HttpServletResponse response) {
		AuthJsJwt jwt = cookie.jwt();
		if (jwt == null) {
			refuse(cookie, String.valueOf(cookie.refusal()), request, response);
			return;
		}
		JwtSessionAuthentication result;
		try {
			result = (JwtSessionAuthentication) this.authenticationManager
				.authenticate(new JwtSessionAuthenticationToken(jwt));
		}
		catch (AuthenticationException ex) {
			refuse(cookie, String.valueOf(ex.getMessage()), request, response);
			return;
		}
		Instant issuedAt = jwt.issuedAt();
		if (issuedAt == null || this.lifetime.isDueForReissue(issuedAt, this.clock.instant())) {
			result = result.reissued(this.cookies.write(request, response, cookie.name(), jwt.claims(),
					this.lifetime.maxAge()));
		}
		signIn(result, request, response);
	}

	private void refuse(JwtSessionCookie cookie, String reason, HttpServletRequest request,
			HttpServletResponse response) {
		if (logger.isDebugEnabled()) {
			logger.debug("JWT session cookie " + cookie.name() + " not accepted: " + reason);
		}
		this.cookies.clear(request, response, cookie.name());
	}

}
