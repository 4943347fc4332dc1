package io.github.authadapter.oauth;

import io.github.authadapter.session.CallbackUrl;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Starts sign-in on {@code POST /api/auth/signin/{provider}}, as Auth.js does, for registered providers only, so that
 * the other endpoints under {@code /api/auth/signin}, such as email sign-in, are left alone. Every request uses PKCE,
 * and keeps the {@code callbackUrl} to return to.
 */
public class AuthJsAuthorizationRequestResolver implements OAuth2AuthorizationRequestResolver {

	/**
	 * The attribute of the authorization request that holds the page to return to after sign-in.
	 */
	public static final String CALLBACK_URL_ATTRIBUTE = "callbackUrl";

	private final ClientRegistrationRepository registrations;

	private final DefaultOAuth2AuthorizationRequestResolver delegate;

	public AuthJsAuthorizationRequestResolver(ClientRegistrationRepository registrations) {
		this.registrations = registrations;
		this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations, OAuthRoutes.SIGN_IN_BASE);
		this.delegate.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		String registrationId = registrationId(request);
		if (registrationId == null) {
			return null;
		}
		return withCallbackUrl(this.delegate.resolve(request, registrationId), request);
	}

	/**
	 * Used by Spring Security when a client needs authorization outside of sign-in.
	 */
	@Override
	public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
		if (this.registrations.findByRegistrationId(clientRegistrationId) == null) {
			return null;
		}
		return withCallbackUrl(this.delegate.resolve(request, clientRegistrationId), request);
	}

	private @Nullable String registrationId(HttpServletRequest request) {
		if (!HttpMethod.POST.matches(request.getMethod())) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String prefix = OAuthRoutes.SIGN_IN_BASE + "/";
		if (!path.startsWith(prefix)) {
			return null;
		}
		String registrationId = path.substring(prefix.length());
		if (registrationId.isEmpty() || registrationId.contains("/")
				|| this.registrations.findByRegistrationId(registrationId) == null) {
			return null;
		}
		return registrationId;
	}

	private static @Nullable OAuth2AuthorizationRequest withCallbackUrl(
			@Nullable OAuth2AuthorizationRequest authorizationRequest, HttpServletRequest request) {
		if (authorizationRequest == null) {
			return null;
		}
		String callbackUrl = CallbackUrl.sameSite(request.getParameter("callbackUrl"));
		return OAuth2AuthorizationRequest.from(authorizationRequest)
			.attributes((attributes) -> attributes.put(CALLBACK_URL_ATTRIBUTE, callbackUrl))
			.build();
	}

}
