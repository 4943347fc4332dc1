package io.github.authadapter.session;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Signs a request in with the Auth.js session cookie. A valid session puts an {@link AdapterSessionAuthentication}
 * into the security context and into the request attribute
 * {@link io.github.authadapter.web.SignInSessions#SIGNED_IN_ATTRIBUTE}, and re-sends the cookie when its expiry
 * moved forward. An unknown or expired session removes the cookie and leaves the request anonymous. No HTTP session
 * is created.
 */
public class SessionCookieAuthenticationFilter extends SessionCookieFilter {

	private static final Log logger = LogFactory.getLog(SessionCookieAuthenticationFilter.class);

	private final AuthenticationManager authenticationManager;

	private final DatabaseSignInSessions sessions;

	/**
	 * Creates the filter.
	 * @param authenticationManager checks the token of the cookie, with a {@link SessionTokenAuthenticationProvider}
	 * @param sessions writes the cookie again, or removes it
	 */
	public SessionCookieAuthenticationFilter(AuthenticationManager authenticationManager,
			DatabaseSignInSessions sessions) {
		this.authenticationManager = authenticationManager;
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> token = SessionCookies.read(request);
		if (token.isPresent() && !isSignedIn()) {
			authenticate(token.get(), request, response);
		}
		chain.doFilter(request, response);
	}

	private void authenticate(String token, HttpServletRequest request, HttpServletResponse response) {
		try {
			Authentication result = this.authenticationManager
				.authenticate(new SessionTokenAuthenticationToken(token, SessionCookies.readFactors(request)));
			signIn(result, request, response);
			if (result instanceof AdapterSessionAuthentication session && session.isExtended()) {
				this.sessions.extended(request, response, session);
			}
		}
		catch (AuthenticationException ex) {
			if (logger.isDebugEnabled()) {
				logger.debug("Session cookie not accepted: " + ex.getMessage());
			}
			this.sessions.refused(request, response);
		}
	}

}
