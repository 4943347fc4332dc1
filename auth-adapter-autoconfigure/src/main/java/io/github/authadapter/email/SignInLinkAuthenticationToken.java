package io.github.authadapter.email;

import java.io.Serial;

import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;

/**
 * The token of a sign-in link with the address it was sent to: Auth.js keeps a verification token under the pair, so
 * that the token alone, which is all Spring Security's one-time token carries, cannot be looked up.
 */
public class SignInLinkAuthenticationToken extends OneTimeTokenAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String email;

	/**
	 * Creates the token, not yet authenticated.
	 * @param email the {@code email} parameter of the link, as it came
	 * @param token the {@code token} parameter of the link
	 */
	public SignInLinkAuthenticationToken(String email, String token) {
		super(token);
		this.email = email;
	}

	/**
	 * The {@code email} parameter of the link, as it came.
	 */
	public String getEmail() {
		return this.email;
	}

	@Override
	public String toString() {
		return "SignInLinkAuthenticationToken[token hidden]";
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
