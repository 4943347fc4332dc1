package io.github.authadapter.session;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * The session token of a cookie, before it is checked against the sessions table.
 */
public final class SessionTokenAuthenticationToken extends AbstractAuthenticationToken {

	private final String sessionToken;

	public SessionTokenAuthenticationToken(String sessionToken) {
		super(List.of());
		this.sessionToken = sessionToken;
		setAuthenticated(false);
	}

	@Override
	public String getCredentials() {
		return this.sessionToken;
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
