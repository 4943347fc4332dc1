package io.github.authadapter.email;

import io.github.authadapter.web.AuthJsCsrfTokenRepository;
import io.github.authadapter.web.CallbackUrl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Finishes a sign-in by link once the login filter has authenticated its token: creates or verifies the user of the
 * address and starts the session, in one transaction ({@link EmailSignIn#signIn}), and goes to the link's
 * {@code callbackUrl}. Works with any provider whose authentication is named by the address.
 */
public final class EmailSignInSuccessHandler implements AuthenticationSuccessHandler {

	private final EmailSignIn emailSignIn;

	public EmailSignInSuccessHandler(EmailSignIn emailSignIn) {
		this.emailSignIn = emailSignIn;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		this.emailSignIn.signIn(EmailAddress.parse(authentication.getName()), authentication, request, response);
		// A new token for the next form: the old one was this browser's before it signed in.
		AuthJsCsrfTokenRepository.expire(request, response);
		EmailSignInAnswers.redirect(request, response, CallbackUrl.sameSite(request.getParameter("callbackUrl")));
	}

}
