package io.github.authadapter.oauth;

import java.io.IOException;

import io.github.authadapter.web.CrossSitePosts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The callback of a provider that answers in {@code response_mode=form_post}, such as Apple: a {@code POST} from the
 * provider's page, another site, with neither the application's CSRF token nor its {@code Origin}. Its proof is the
 * state, as for a {@code GET} callback and as in Auth.js, which checks no CSRF token at any OAuth callback: when the
 * state matches the pending authorization request of this browser, itself a form_post request of that provider, the
 * cross-site and CSRF filters let it through ({@link CrossSitePosts}); otherwise it ends on the error page with
 * {@code OAuthCallbackError}, a {@code POST} forged by another site as one whose sign-in expired, and the pending
 * request is left as it is. Callbacks of the other providers, and {@code GET}s, are left alone.
 */
final class FormPostCallbackFilter extends OncePerRequestFilter {

	private static final String RESPONSE_MODE = "response_mode";

	private final ClientRegistrationRepository registrations;

	private final CookieAuthorizationRequestRepository authorizationRequests;

	private final AuthenticationFailureHandler failureHandler;

	FormPostCallbackFilter(ClientRegistrationRepository registrations,
			CookieAuthorizationRequestRepository authorizationRequests, AuthenticationFailureHandler failureHandler) {
		this.registrations = registrations;
		this.authorizationRequests = authorizationRequests;
		this.failureHandler = failureHandler;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String registrationId = formPostRegistrationId(request);
		if (registrationId == null) {
			chain.doFilter(request, response);
			return;
		}
		OAuth2AuthorizationRequest pending = this.authorizationRequests.loadAuthorizationRequest(request);
		if (pending != null && AuthJsProviders.FORM_POST.equals(pending.getAdditionalParameters().get(RESPONSE_MODE))
				&& registrationId.equals(pending.getAttribute(OAuth2ParameterNames.REGISTRATION_ID))) {
			CrossSitePosts.allow(request);
			chain.doFilter(request, response);
			return;
		}
		this.failureHandler.onAuthenticationFailure(request, response,
				new OAuth2AuthenticationException(new OAuth2Error("authorization_request_not_found",
						"a form_post callback whose state matches no pending sign-in of this browser", null)));
	}

	/**
	 * The registration of a {@code POST} to {@code /api/auth/callback/{id}} of a registration that asks for
	 * {@code form_post}, or null for any other request.
	 */
	private @Nullable String formPostRegistrationId(HttpServletRequest request) {
		if (!HttpMethod.POST.matches(request.getMethod())) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String prefix = OAuthRoutes.CALLBACK_BASE + "/";
		if (!path.startsWith(prefix) || path.length() == prefix.length() || path.indexOf('/', prefix.length()) >= 0) {
			return null;
		}
		String registrationId = path.substring(prefix.length());
		ClientRegistration registration = this.registrations.findByRegistrationId(registrationId);
		return (registration != null && AuthJsProviders.FORM_POST.equals(AuthJsProviders.responseMode(registration)))
				? registrationId : null;
	}

}
