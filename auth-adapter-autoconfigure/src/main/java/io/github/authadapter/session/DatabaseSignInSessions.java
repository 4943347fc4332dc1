package io.github.authadapter.session;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.UserSessions;
import io.github.authadapter.web.SignIn;
import io.github.authadapter.web.SignInSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Auth.js database sessions: a sign-in stores a row in the sessions table, in the caller's transaction when there is
 * one, and the session cookie carries its token; the factors of the sign-in go into a signed cookie beside it
 * ({@link SessionFactors}). The only class that writes the session cookie: at sign-in, when the cookie filter moves a
 * session's expiry forward or refuses its cookie, and at sign-out.
 * <p>
 * A sign-in of the user who is signed in already, such as with a second factor, keeps the factors of the session it
 * replaces, as Spring Security's multi-factor sign-in does with the authorities of the current authentication.
 */
public class DatabaseSignInSessions implements SignInSessions {

	private final Adapter adapter;

	private final UserSessions userSessions;

	private final SessionLifetime lifetime;

	private final SessionTokenGenerator sessionTokens;

	private final SessionFactors factors;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	/**
	 * Creates the sessions.
	 * @param userSessions keeps the browser of each new session, where the schema has room for it
	 * @param sessionTokens makes the token of each new session
	 * @param factors signs the factors of each new session
	 * @param events where {@link io.github.authadapter.web.SignInSucceededEvent} goes
	 */
	public DatabaseSignInSessions(Adapter adapter, UserSessions userSessions, SessionLifetime lifetime,
			SessionTokenGenerator sessionTokens, SessionFactors factors, Clock clock, ApplicationEventPublisher events) {
		this.adapter = adapter;
		this.userSessions = userSessions;
		this.lifetime = lifetime;
		this.sessionTokens = sessionTokens;
		this.factors = factors;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public void start(SignIn signIn, HttpServletRequest request, HttpServletResponse response) {
		Instant now = this.clock.instant();
		// A session this browser had before, maybe of another user, ends with the new sign-in.
		SessionCookies.read(request).ifPresent(this.adapter::deleteSession);
		AdapterSession session = this.adapter.createSession(new AdapterSession(this.sessionTokens.generateSessionToken(),
				signIn.userId(), this.lifetime.expiresFrom(now)));
		this.userSessions.recordUserAgent(session.sessionToken(), request.getHeader(HttpHeaders.USER_AGENT));
		String signedFactors = this.factors.sign(session.sessionToken(), factorsOf(signIn, request));
		afterCommit(() -> {
			SessionCookies.write(request, response, session.sessionToken(), session.expires(), now);
			SessionCookies.writeFactors(request, response, signedFactors, session.expires(), now);
			this.events.publishEvent(signIn.event());
		});
	}

	@Override
	public void end(HttpServletRequest request, HttpServletResponse response) {
		SessionCookies.read(request).ifPresent(this.adapter::deleteSession);
		SessionCookies.clear(request, response);
	}

	/**
	 * Sends the cookies of a session again, with the expiry that the cookie filter has just moved forward.
	 */
	void extended(HttpServletRequest request, HttpServletResponse response, AdapterSessionAuthentication extended) {
		Instant now = this.clock.instant();
		AdapterSession session = extended.getSession();
		SessionCookies.write(request, response, session.sessionToken(), session.expires(), now);
		SessionCookies.writeFactors(request, response,
				this.factors.sign(session.sessionToken(), factorsOf(extended)), session.expires(), now);
	}

	/**
	 * Removes a session cookie that names no valid session.
	 */
	void refused(HttpServletRequest request, HttpServletResponse response) {
		SessionCookies.clear(request, response);
	}

	/**
	 * The factors of the sign-in, and those of the session it replaces when that is the same user's.
	 */
	private static List<FactorGrantedAuthority> factorsOf(SignIn signIn, HttpServletRequest request) {
		List<FactorGrantedAuthority> factors = new ArrayList<>(signIn.factors());
		Authentication previous = SignInSessions.signedIn(request).orElse(null);
		if (previous instanceof AdapterSessionAuthentication session
				&& signIn.userId().equals(session.getPrincipal().id())) {
			Set<String> proven = factors.stream()
				.map(FactorGrantedAuthority::getAuthority)
				.collect(Collectors.toSet());
			factorsOf(session).stream().filter((factor) -> !proven.contains(factor.getAuthority())).forEach(factors::add);
		}
		return factors;
	}

	private static List<FactorGrantedAuthority> factorsOf(Authentication authentication) {
		List<FactorGrantedAuthority> factors = new ArrayList<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (authority instanceof FactorGrantedAuthority factor) {
				factors.add(factor);
			}
		}
		return factors;
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
