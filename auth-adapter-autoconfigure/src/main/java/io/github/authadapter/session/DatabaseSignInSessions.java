package io.github.authadapter.session;

import java.time.Clock;
import java.time.Instant;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.web.SignIn;
import io.github.authadapter.web.SignInSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Auth.js database sessions: a sign-in stores a row in the sessions table, in the caller's transaction when there is
 * one, and the session cookie carries its token. The only class that writes the session cookie: at sign-in, when the
 * cookie filter moves a session's expiry forward or refuses its cookie, and at sign-out.
 */
public class DatabaseSignInSessions implements SignInSessions {

	private final Adapter adapter;

	private final SessionLifetime lifetime;

	private final SessionTokenGenerator sessionTokens;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	/**
	 * Creates the sessions.
	 * @param sessionTokens makes the token of each new session
	 * @param events where {@link io.github.authadapter.web.SignInSucceededEvent} goes
	 */
	public DatabaseSignInSessions(Adapter adapter, SessionLifetime lifetime, SessionTokenGenerator sessionTokens,
			Clock clock, ApplicationEventPublisher events) {
		this.adapter = adapter;
		this.lifetime = lifetime;
		this.sessionTokens = sessionTokens;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public void start(SignIn signIn, HttpServletRequest request, HttpServletResponse response) {
		Instant now = this.clock.instant();
		// A session this browser had before, maybe of another user, ends with the new sign-in.
		SessionCookies.read(request).ifPresent(this.adapter::deleteSession);
		AdapterSession session = this.adapter.createSession(new AdapterSession(
				this.sessionTokens.generateSessionToken(), signIn.userId(), this.lifetime.expiresFrom(now)));
		afterCommit(() -> {
			SessionCookies.write(request, response, session.sessionToken(), session.expires(), now);
			this.events.publishEvent(signIn.event());
		});
	}

	@Override
	public void end(HttpServletRequest request, HttpServletResponse response) {
		SessionCookies.read(request).ifPresent(this.adapter::deleteSession);
		SessionCookies.clear(request, response);
	}

	/**
	 * Sends the cookie of a session again, with the expiry that the cookie filter has just moved forward.
	 */
	void extended(HttpServletRequest request, HttpServletResponse response, AdapterSession session) {
		SessionCookies.write(request, response, session.sessionToken(), session.expires(), this.clock.instant());
	}

	/**
	 * Removes a session cookie that names no valid session.
	 */
	void refused(HttpServletRequest request, HttpServletResponse response) {
		SessionCookies.clear(request, response);
	}

	/**
	 * Runs the action once the caller's transaction has committed, or now without one: the browser gets no cookie,
	 * and listeners hear of no sign-in, for a session that a rollback removed again.
	 */
	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				action.run();
			}

		});
	}

}
