package io.github.authadapter.email;

import java.time.Duration;

import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;

/**
 * A request for a sign-in link, as {@link SignInLinkRequestResolver} reads it from {@code POST /api/auth/signin/email}:
 * the normalised address, how long the link works, and the client that asks, whom the rate limits count.
 */
public final class SignInLinkRequest extends GenerateOneTimeTokenRequest {

	private final EmailAddress email;

	private final String client;

	/**
	 * Creates the request.
	 * @param email where the link goes
	 * @param expiresIn how long the link works
	 * @param client the network address of the client that asks, such as
	 * {@code HttpServletRequest.getRemoteAddr()}
	 */
	public SignInLinkRequest(EmailAddress email, Duration expiresIn, String client) {
		super(email.value(), expiresIn);
		this.email = email;
		this.client = client;
	}

	public EmailAddress getEmail() {
		return this.email;
	}

	public String getClient() {
		return this.client;
	}

}
