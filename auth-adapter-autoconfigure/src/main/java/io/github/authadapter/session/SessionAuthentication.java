package io.github.authadapter.session;

import java.time.Instant;

import io.github.authadapter.AdapterUser;

import org.springframework.security.core.Authentication;

/**
 * A request signed in by an Auth.js session cookie, whichever kind of session it carries: a database session
 * ({@link AdapterSessionAuthentication}) or a JWT session. {@code GET /api/auth/session} answers from it, and a
 * controller can take it to serve both kinds alike.
 */
public interface SessionAuthentication extends Authentication {

	/**
	 * The signed-in user.
	 */
	@Override
	AdapterUser getPrincipal();

	/**
	 * When the session ends unless it is used again.
	 */
	Instant getExpires();

}
