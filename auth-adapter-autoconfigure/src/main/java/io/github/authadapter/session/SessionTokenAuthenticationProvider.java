package io.github.authadapter.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.SessionAndUser;
import io.github.authadapter.SessionUpdate;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.Authentication;

/**
 * Authenticates a session token against the sessions table with Auth.js's lifetime rules: an expired session is
 * deleted and rejected, and a valid one has its expiry moved forward at most once per
 * {@link SessionLifetime#updateAge() updateAge}.
 */
public class SessionTokenAuthenticationProvider implements AuthenticationProvider {

	private final Adapter adapter;

	private final SessionLifetime lifetime;

	private final Clock clock;

	public SessionTokenAuthenticationProvider(Adapter adapter, SessionLifetime lifetime, Clock clock) {
		this.adapter = adapter;
		this.lifetime = lifetime;
		this.clock = clock;
	}

	@Override
	public AdapterSessionAuthentication authenticate(Authentication authentication) {
		String token = ((SessionTokenAuthenticationToken) authentication).getCredentials();
		SessionAndUser found = this.adapter.getSessionAndUser(token)
			.orElseThrow(() -> new BadCredentialsException("No session has the token of the session cookie"));
		Instant now = this.clock.instant();
		AdapterSession session = found.session();
		if (this.lifetime.isExpired(session, now)) {
			this.adapter.deleteSession(token);
			throw new CredentialsExpiredException("The session expired at " + session.expires());
		}
		if (!this.lifetime.isDueForUpdate(session, now)) {
			return new AdapterSessionAuthentication(found.user(), session, false);
		}
		Optional<AdapterSession> updated = this.adapter
			.updateSession(new SessionUpdate(token, this.lifetime.expiresFrom(now)));
		// A concurrent sign-out may have deleted the row between the read and the update.
		AdapterSession extended = updated
			.orElseThrow(() -> new BadCredentialsException("The session was deleted while in use"));
		return new AdapterSessionAuthentication(found.user(), extended, true);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return SessionTokenAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
