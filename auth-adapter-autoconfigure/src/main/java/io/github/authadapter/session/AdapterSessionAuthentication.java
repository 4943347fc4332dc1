package io.github.authadapter.session;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A user signed in through an Auth.js database session. The principal is the {@link AdapterUser}, so that a
 * controller can take {@code @AuthenticationPrincipal AdapterUser user}.
 */
public final class AdapterSessionAuthentication extends AbstractAuthenticationToken implements SessionAuthentication {

	/**
	 * The authority that every user with a session has.
	 */
	public static final String USER_AUTHORITY = "ROLE_USER";

	private final AdapterUser user;

	private final AdapterSession session;

	private final boolean extended;

	/**
	 * Creates an authentication.
	 * @param user the signed-in user
	 * @param session the session, with its current expiry
	 * @param extended whether the expiry of the session was moved forward by this request
	 */
	public AdapterSessionAuthentication(AdapterUser user, AdapterSession session, boolean extended) {
		this(user, session, extended, List.of(new SimpleGrantedAuthority(USER_AUTHORITY)));
	}

	public AdapterSessionAuthentication(AdapterUser user, AdapterSession session, boolean extended,
			Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.user = user;
		this.session = session;
		this.extended = extended;
		setAuthenticated(true);
	}

	@Override
	public AdapterUser getPrincipal() {
		return this.user;
	}

	/**
	 * Always null: the session token is a secret and stays out of the security context's printable state.
	 */
	@Override
	public @Nullable Object getCredentials() {
		return null;
	}

	@Override
	public String getName() {
		String id = this.user.id();
		return (id != null) ? id : "";
	}

	@Override
	public Instant getExpires() {
		return this.session.expires();
	}

	public AdapterSession getSession() {
		return this.session;
	}

	public boolean isExtended() {
		return this.extended;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
