package io.github.authadapter.email;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads the fields {@code email} and {@code token} that the confirm page of a sign-in link posts to
 * {@code /api/auth/callback/email}. A link without one of them gives nothing, so that the request goes on to
 * {@link EmailSignInController}, which explains that the link is incomplete; a blank value, or a field given twice, is
 * a link that does not work, and fails.
 */
public final class SignInLinkAuthenticationConverter implements AuthenticationConverter {

	@Override
	public @Nullable Authentication convert(HttpServletRequest request) {
		String email = joined(request, "email");
		String token = joined(request, "token");
		return (email != null && token != null) ? new SignInLinkAuthenticationToken(email, token) : null;
	}

	/**
	 * The values of a field, joined by commas as Spring MVC binds them: a field given twice is no token and no
	 * address, so the link fails rather than signing in with one of them.
	 */
	private static @Nullable String joined(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return (values != null) ? String.join(",", values) : null;
	}

}
