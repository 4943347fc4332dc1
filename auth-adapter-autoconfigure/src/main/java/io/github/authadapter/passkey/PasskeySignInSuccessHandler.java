package io.github.authadapter.passkey;

import java.io.IOException;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.web.AuthJsCsrfTokenRepository;
import io.github.authadapter.web.SignIn;
import io.github.authadapter.web.SignInMethod;
import io.github.authadapter.web.SignInSessions;
import io.github.authadapter.web.SignInTransaction;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;

/**
 * Finishes a sign-in with a passkey once Spring Security has verified the assertion: starts the Auth.js session of
 * the passkey's user through {@link SignInSessions}, whichever strategy it keeps, and answers Spring Security's
 * passkey script with its JSON, {@code {"authenticated":true,"redirectUrl":"/"}}.
 */
public final class PasskeySignInSuccessHandler implements AuthenticationSuccessHandler {

	private final Adapter adapter;

	private final SignInSessions sessions;

	private final SignInTransaction transaction;

	private final HttpMessageConverterAuthenticationSuccessHandler answer = new HttpMessageConverterAuthenticationSuccessHandler();

	public PasskeySignInSuccessHandler(Adapter adapter, SignInSessions sessions, SignInTransaction transaction) {
		this.adapter = adapter;
		this.sessions = sessions;
		this.transaction = transaction;
		this.answer.setRequestCache(new NullRequestCache());
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (!(authentication instanceof WebAuthnAuthentication passkey)) {
			throw new BadCredentialsException("Not a passkey sign-in");
		}
		String userId = AuthJsPasskeys.userId(passkey.getPrincipal().getId());
		this.transaction.execute(() -> {
			AdapterUser user = this.adapter.getUser(userId)
				.orElseThrow(() -> new BadCredentialsException("The user of the passkey no longer exists"));
			this.sessions.start(SignIn.of(user, SignInMethod.WEBAUTHN, AuthJsPasskeys.PROVIDER_ID, authentication),
					request, response);
			return user;
		});
		// A new token for the next form: the old one was this browser's before it signed in.
		AuthJsCsrfTokenRepository.expire(request, response);
		this.answer.onAuthenticationSuccess(request, response, authentication);
	}

}
