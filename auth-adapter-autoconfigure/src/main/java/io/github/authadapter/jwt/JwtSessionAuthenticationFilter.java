package io.github.authadapter.jwt;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import io.github.authadapter.crypto.AuthJsJwt;
import io.github.authadapter.jwt.JwtSessionCookies.JwtSessionCookie;
import io.github.authadapter.session.SessionLifetime;
import io.github.authadapter.web.SignInSessions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in with Auth.js's JWT session cookie, without the database unless the user is to be loaded from it.
 * A token that decrypts and has not expired puts a {@link JwtSessionAuthentication} into the security context, and
 * is issued again with a new expiry once {@link SessionLifetime#updateAge() updateAge} has passed since it was issued.
 * Any other cookie (tampered, truncated, expired, of another secret, malformed, oversized, a chunk missing, or of a
 * user that no longer exists) leaves the request anonymous and is removed, with one DEBUG line that never contains
 * the token. No HTTP session is created.
 */
public class JwtSessionAuthenticationFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(JwtSessionAuthenticationFilter.class);

	private final JwtSessionCookies cookies;

	private final AuthenticationManager authenticationManager;

	private final SessionLifetime lifetime;

	private final Clock clock;

	private SecurityContextHolderStrategy securityContextHolderStrategy = SecurityContextHolder
		.getContextHolderStrategy();

	private SecurityContextRepository securityContextRepository = new RequestAttributeSecurityContextRepository();

	public JwtSessionAuthenticationFilter(JwtSessionCookies cookies, AuthenticationManager authenticationManager,
			SessionLifetime lifetime, Clock clock) {
		this.cookies = cookies;
		this.authenticationManager = authenticationManager;
		this.lifetime = lifetime;
		this.clock = clock;
	}

	public void setSecurityContextHolderStrategy(SecurityContextHolderStrategy securityContextHolderStrategy) {
		this.securityContextHolderStrategy = securityContextHolderStrategy;
	}

	public void setSecurityContextRepository(SecurityContextRepository securityContextRepository) {
		this.securityContextRepository = securityContextRepository;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication current = this.securityContextHolderStrategy.getContext().getAuthentication();
		if (current == null || !current.isAuthenticated()) {
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
		SecurityContext context = this.securityContextHolderStrategy.createEmptyContext();
		context.setAuthentication(result);
		this.securityContextHolderStrategy.setContext(context);
		this.securityContextRepository.saveContext(context, request, response);
		// A sign-in later in the chain replaces the context, and needs to know who was signed in.
		request.setAttribute(SignInSessions.SIGNED_IN_ATTRIBUTE, result);
	}

	private void refuse(JwtSessionCookie cookie, String reason, HttpServletRequest request,
			HttpServletResponse response) {
		if (logger.isDebugEnabled()) {
			logger.debug("JWT session cookie " + cookie.name() + " not accepted: " + reason);
		}
		this.cookies.clear(request, response, cookie.name());
	}

}
