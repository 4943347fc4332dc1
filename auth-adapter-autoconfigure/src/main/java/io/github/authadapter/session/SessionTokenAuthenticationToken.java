package io.github.authadapter.session;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * The session token of a cookie, with the signed factors of its session if the request carries them, before both
 * are checked.
 */
public final class SessionTokenAuthenticationToken extends AbstractAuthenticationToken {

	private final String sessionToken;

	private final @Nullable String signedFactors;

	public SessionTokenAuthenticationToken(String sessionToken) {
		this(sessionToken, null);
	}

	/**
	 * Creates the token.
	 * @param sessionToken the value of the session cookie
	 * @param signedFactors the value of the cookie of the session's factors, or null
	 */
	public SessionTokenAuthenticationToken(String sessionToken, @Nullable String signedFactors) {
		super(List.of());
		this.sessionToken = sessionToken;
		this.signedFactors = signedFactors;
		setAuthenticated(false);
	}

	@Override
	public String getCredentials() {
		return this.sessionToken;
	}

	/**
	 * The value of the cookie of the session's factors, as {@link SessionFactors} signed it, or null.
	 */
	public @Nullable String getSignedFactors() {
		return this.signedFactors;
	}

	@Override
	public String getPrincipal() {
		return "session cookie";
	}

	@Override
	public String toString() {
		return "SessionTokenAuthenticationToken[sessionToken hidden]";
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
