package io.github.authadapter.jwt;

import java.util.List;

import io.github.authadapter.crypto.AuthJsJwt;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * The claims of a JWT session cookie that decrypted and has not expired, before they are turned into a signed-in
 * user by {@link JwtSessionAuthenticationProvider}.
 */
public final class JwtSessionAuthenticationToken extends AbstractAuthenticationToken {

	private final AuthJsJwt jwt;

	public JwtSessionAuthenticationToken(AuthJsJwt jwt) {
		super(List.of());
		this.jwt = jwt;
		setAuthenticated(false);
	}

	/**
	 * The token's claims.
	 */
	@Override
	public AuthJsJwt getCredentials() {
		return this.jwt;
	}

	@Override
	public String getPrincipal() {
		return "JWT session cookie";
	}

	@Override
	public String toString() {
		return "JwtSessionAuthenticationToken[claims hidden]";
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
