package io.github.authadapter.email;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenRequestResolver;

/**
 * Reads the form of Auth.js's email sign-in, {@code POST /api/auth/signin/email} with the field {@code email}, into a
 * {@link SignInLinkRequest}. An address that is not usable gives none, so that Spring Security's
 * {@code GenerateOneTimeTokenFilter} passes the request on to {@link EmailSignInController}, which sends the person
 * back to the sign-in page with {@code ?error=EmailSignin}.
 */
public final class SignInLinkRequestResolver implements GenerateOneTimeTokenRequestResolver {

	private final Duration linkMaxAge;

	/**
	 * Creates the resolver.
	 * @param linkMaxAge how long the links work, {@code auth.adapter.email.max-age}
	 */
	public SignInLinkRequestResolver(Duration linkMaxAge) {
		this.linkMaxAge = linkMaxAge;
	}

	@Override
	public @Nullable GenerateOneTimeTokenRequest resolve(HttpServletRequest request) {
		String[] emails = request.getParameterValues("email");
		// The field twice could smuggle in a second recipient: no link, as for any unusable address.
		if (emails == null || emails.length != 1) {
			return null;
		}
		try {
			return new SignInLinkRequest(EmailAddress.parse(emails[0]), this.linkMaxAge, request.getRemoteAddr());
		}
		catch (InvalidEmailAddressException ex) {
			return null;
		}
	}

}
