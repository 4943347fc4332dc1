package io.github.authadapter.email;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads the fields {@code email} and {@code token} that the confirm page of a sign-in link posts to
 * {@code /api/auth/callback/email}. A link without one of them gives nothing, so that the request goes on to
 * {@link EmailSignInController}, which explains that the link is incomplete; a blank value is a link that does not
 * work, and fails.
 */
public final class SignInLinkAuthenticationConverter implements AuthenticationConverter {

	@Override
	public @Nullable Authentication convert(HttpServletRequest request) {
		String email = request.getParameter("email");
		String token = request.getParameter("token");
		return (email != null && token != null) ? new SignInLinkAuthenticationToken(email, token) : null;
	}

}
