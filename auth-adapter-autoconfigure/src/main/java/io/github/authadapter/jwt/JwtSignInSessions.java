package io.github.authadapter.jwt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.session.SessionCookies;
import io.github.authadapter.session.SessionLifetime;
import io.github.authadapter.web.SignIn;
import io.github.authadapter.web.SignInSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Auth.js JWT sessions: a sign-in stores no session row, but sets the encrypted session cookie with the user's
 * claims, as Auth.js does with an adapter and {@code session.strategy: "jwt"}, so that the Next.js app's
 * {@code auth()} sees the user. Sign-out removes the cookie with every chunk. The users and accounts of the sign-in
 * are still stored through the {@link Adapter}.
 * <p>
 * During a migration from database sessions, the session row of a database cookie that the browser brings is
 * deleted at sign-in and sign-out.
 */
public class JwtSignInSessions implements SignInSessions {

	private final JwtSessionCookies cookies;

	private final SessionLifetime lifetime;

	private final ApplicationEventPublisher events;

	private final List<JwtSessionClaimsCustomizer> claimsCustomizers;

	private final @Nullable Adapter databaseSessions;

	/**
	 * Creates the sessions.
	 * @param cookies writes the cookie
	 * @param lifetime the token's lifetime, {@code maxAge}
	 * @param events where {@link io.github.authadapter.web.SignInSucceededEvent} goes
	 * @param claimsCustomizers what a new token's claims get besides Auth.js's defaults
	 * @param databaseSessions the adapter whose session rows a database cookie names, where database sessions are
	 * accepted too; or {@code null}
	 */
	public JwtSignInSessions(JwtSessionCookies cookies, SessionLifetime lifetime, ApplicationEventPublisher events,
			List<JwtSessionClaimsCustomizer> claimsCustomizers, @Nullable Adapter databaseSessions) {
		this.cookies = cookies;
		this.lifetime = lifetime;
		this.events = events;
		this.claimsCustomizers = List.copyOf(claimsCustomizers);
		this.databaseSessions = databaseSessions;
	}

	@Override
	public void start(SignIn signIn, HttpServletRequest request, HttpServletResponse response) {
		Map<String, @Nullable Object> claims = claimsOf(signIn.user());
		this.claimsCustomizers.forEach((customizer) -> customizer.customize(claims, signIn));
		deleteDatabaseSession(request);
		// As for database sessions: no cookie and no event for a sign-in that a rollback undoes.
		afterCommit(() -> {
			this.cookies.write(request, response, claims, this.lifetime.maxAge());
			this.events.publishEvent(signIn.event());
		});
	}

	/**
	 * Removes the session cookie, every chunk of it, and any other session cookie that the request carries. The
	 * token itself stays valid until its {@code exp}, as in Auth.js: only the browser forgets it.
	 */
	@Override
	public void end(HttpServletRequest request, HttpServletResponse response) {
		deleteDatabaseSession(request);
		SessionCookies.clear(request, response);
	}

	/**
	 * The claims of Auth.js's default {@code jwt} callback at sign-in: {@code name}, {@code email}, {@code picture}
	 * and {@code sub}.
	 */
	static Map<String, @Nullable Object> claimsOf(AdapterUser user) {
		Map<String, @Nullable Object> claims = new LinkedHashMap<>();
		claims.put("name", user.name());
		claims.put("email", user.email());
		claims.put("picture", user.image());
		claims.put("sub", user.id());
		return claims;
	}

	private void deleteDatabaseSession(HttpServletRequest request) {
		if (this.databaseSessions != null) {
			SessionCookies.read(request).ifPresent(this.databaseSessions::deleteSession);
		}
	}

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
