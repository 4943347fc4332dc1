package io.github.authadapter.session;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.SessionAndUser;
import io.github.authadapter.SessionUpdate;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Authenticates a session token against the sessions table with Auth.js's lifetime rules: an expired session is
 * deleted and rejected, and a valid one has its expiry moved forward at most once per
 * {@link SessionLifetime#updateAge() updateAge}. The authentication has
 * {@link AdapterSessionAuthentication#USER_AUTHORITY} and the factors that signed the session in, such as
 * {@code FACTOR_OTT}, from their signed cookie ({@link SessionFactors}).
 */
public class SessionTokenAuthenticationProvider implements AuthenticationProvider {

	private final Adapter adapter;

	private final SessionLifetime lifetime;

	private final Clock clock;

	private final SessionFactors factors;

	/**
	 * Creates the provider.
	 * @param factors checks the signed factors of a session
	 */
	public SessionTokenAuthenticationProvider(Adapter adapter, SessionLifetime lifetime, Clock clock,
			SessionFactors factors) {
		this.adapter = adapter;
		this.lifetime = lifetime;
		this.clock = clock;
		this.factors = factors;
	}

	@Override
	public AdapterSessionAuthentication authenticate(Authentication authentication) {
		SessionTokenAuthenticationToken cookie = (SessionTokenAuthenticationToken) authentication;
		String token = cookie.getCredentials();
		SessionAndUser found = this.adapter.getSessionAndUser(token)
			.orElseThrow(() -> new BadCredentialsException("No session has the token of the session cookie"));
		Instant now = this.clock.instant();
		AdapterSession session = found.session();
		if (this.lifetime.isExpired(session, now)) {
			this.adapter.deleteSession(token);
			throw new CredentialsExpiredException("The session expired at " + session.expires());
		}
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(AdapterSessionAuthentication.USER_AUTHORITY));
		authorities.addAll(this.factors.verify(token, cookie.getSignedFactors()));
		if (!this.lifetime.isDueForUpdate(session, now)) {
			return new AdapterSessionAuthentication(found.user(), session, false, authorities);
		}
		Optional<AdapterSession> updated = this.adapter
			.updateSession(new SessionUpdate(token, this.lifetime.expiresFrom(now)));
		// A concurrent sign-out may have deleted the row between the read and the update.
		AdapterSession extended = updated
			.orElseThrow(() -> new BadCredentialsException("The session was deleted while in use"));
		return new AdapterSessionAuthentication(found.user(), extended, true, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return SessionTokenAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
