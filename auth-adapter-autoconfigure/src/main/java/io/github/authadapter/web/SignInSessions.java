package io.github.authadapter.web;

import java.util.Optional;

import io.github.authadapter.AdapterUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;

/**
 * Starts and ends the session of a browser, for every sign-in method: the one place that writes the session cookie
 * and publishes {@link SignInSucceededEvent}. Sign-in by email and by OAuth call {@link #start} once they know the
 * user; {@code POST /api/auth/signout} calls {@link #end}.
 * <p>
 * The starter's implementation keeps Auth.js database sessions: a row in the sessions table, whose token the cookie
 * carries. Another implementation, such as Auth.js's JWT sessions, keeps the session in the cookie itself; a bean of
 * this type replaces the starter's, together with its cookie filter. Whatever reads an implementation's cookie on
 * later requests sets {@link #SIGNED_IN_ATTRIBUTE}, so that a sign-in can see who was signed in before it replaced the
 * security context.
 * <p>
 * To add to the database sessions rather than replace them, define the {@code DatabaseSignInSessions} bean yourself,
 * so that its cookie filter stays, and make your own the primary one:
 * <pre>{@code
 * @Bean
 * @Primary
 * SignInSessions auditedSessions(DatabaseSignInSessions sessions, AuditLog audit) {
 *     return new SignInSessions() {
 *         public void start(SignIn signIn, HttpServletRequest request, HttpServletResponse response) {
 *             sessions.start(signIn, request, response);
 *             audit.record("sign-in", signIn.userId());
 *         }
 *         public void end(HttpServletRequest request, HttpServletResponse response) {
 *             sessions.end(request, response);
 *         }
 *     };
 * }
 * }</pre>
 */
public interface SignInSessions {

	/**
	 * The request attribute that holds the {@link Authentication} which the request's session signed in, if any.
	 */
	String SIGNED_IN_ATTRIBUTE = SignInSessions.class.getName() + ".SIGNED_IN";

	/**
	 * Starts a session for a person who has just signed in, replacing whatever session the browser had. Called inside
	 * the sign-in's transaction when there is one, so that what the session stores commits or rolls back with the
	 * user and the account; the cookie and the event follow the commit.
	 * @param signIn who signed in, how, and with which factors
	 * @param request the sign-in request
	 * @param response its response, which gets the session cookie
	 */
	void start(SignIn signIn, HttpServletRequest request, HttpServletResponse response);

	/**
	 * Ends the session of the request, if any, and removes its cookie.
	 * @param request the sign-out request
	 * @param response its response, which gets the cookie removed
	 */
	void end(HttpServletRequest request, HttpServletResponse response);

	/**
	 * The authentication that the request's session signed in, as {@link #SIGNED_IN_ATTRIBUTE} holds it.
	 */
	static Optional<Authentication> signedIn(HttpServletRequest request) {
		return (request.getAttribute(SIGNED_IN_ATTRIBUTE) instanceof Authentication authentication)
				? Optional.of(authentication) : Optional.empty();
	}

	/**
	 * The user whom the request's session signed in, if any.
	 */
	static Optional<AdapterUser> signedInUser(HttpServletRequest request) {
		return signedIn(request).map(Authentication::getPrincipal)
			.filter(AdapterUser.class::isInstance)
			.map(AdapterUser.class::cast);
	}

}
