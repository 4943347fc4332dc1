package io.github.authadapter.jwt;

import java.time.Instant;
import java.util.Collection;

import io.github.authadapter.AdapterUser;
import io.github.authadapter.crypto.AuthJsJwt;
import io.github.authadapter.session.SessionAuthentication;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A user signed in through an Auth.js JWT session cookie. The principal is an {@link AdapterUser}, so that a
 * controller can take {@code @AuthenticationPrincipal AdapterUser user} whichever kind of session signed the request
 * in: made from the token's claims ({@code sub} as its id, {@code name}, {@code email}, {@code picture} as its image,
 * every other claim of the Next.js app's {@code jwt} callback as an attribute), or loaded from the database by
 * {@code sub}. {@link #getToken()} has every claim either way.
 */
public final class JwtSessionAuthentication extends AbstractAuthenticationToken implements SessionAuthentication {

	private final AdapterUser user;

	private final AuthJsJwt token;

	private final boolean reissued;

	/**
	 * Creates an authentication.
	 * @param user the signed-in user
	 * @param token the claims of the session's token, with its {@code exp}
	 * @param reissued whether this request issued the token, with a new expiry
	 * @param authorities the user's authorities
	 */
	public JwtSessionAuthentication(AdapterUser user, AuthJsJwt token, boolean reissued,
			Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		if (token.expiresAt() == null) {
			throw new IllegalArgumentException("A JWT session token always has an exp claim");
		}
		this.user = user;
		this.token = token;
		this.reissued = reissued;
		setAuthenticated(true);
	}

	@Override
	public AdapterUser getPrincipal() {
		return this.user;
	}

	/**
	 * Always null: the token stays out of the security context's printable state.
	 */
	@Override
	public @Nullable Object getCredentials() {
		return null;
	}

	/**
	 * The user's id, the token's {@code sub}; or the email address of a token without one.
	 */
	@Override
	public String getName() {
		String name = (this.user.id() != null) ? this.user.id() : this.user.email();
		return (name != null) ? name : "";
	}

	/**
	 * Every claim of the session's token, those of the Next.js app's {@code jwt} callback included.
	 */
	public AuthJsJwt getToken() {
		return this.token;
	}

	/**
	 * The token's {@code exp}.
	 */
	@Override
	public Instant getExpires() {
		Instant expires = this.token.expiresAt();
		if (expires == null) {
			throw new IllegalStateException("A JWT session token always has an exp claim");
		}
		return expires;
	}

	/**
	 * Whether this request issued the token again, with a new expiry.
	 */
	public boolean isReissued() {
		return this.reissued;
	}

	/**
	 * This authentication with the token that was issued again for it.
	 */
	JwtSessionAuthentication reissued(AuthJsJwt newToken) {
		return new JwtSessionAuthentication(this.user, newToken, true, getAuthorities());
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
