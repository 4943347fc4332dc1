package io.github.authadapter.oauth;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.github.authadapter.web.CallbackUrl;
import io.github.authadapter.web.TrustedBaseUrl;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Starts sign-in on {@code POST /api/auth/signin/{provider}}, as Auth.js does, for registered providers only, so that
 * the other endpoints under {@code /api/auth/signin}, such as email sign-in, are left alone. Every request uses PKCE
 * (but those of the catalogued providers that Auth.js signs in without it), and keeps the {@code callbackUrl} to
 * return to. The {@code {baseUrl}} of a redirect URI is the application's trusted
 * address rather than the request's, so that a forged {@code Host} header cannot send the authorization code elsewhere.
 */
public class AuthJsAuthorizationRequestResolver implements OAuth2AuthorizationRequestResolver {

	/**
	 * The attribute of the authorization request that holds the page to return to after sign-in.
	 */
	public static final String CALLBACK_URL_ATTRIBUTE = "callbackUrl";

	private static final String RESPONSE_MODE = "response_mode";

	private static final Consumer<OAuth2AuthorizationRequest.Builder> PKCE = OAuth2AuthorizationRequestCustomizers
		.withPkce();

	private final ClientRegistrationRepository registrations;

	private final DefaultOAuth2AuthorizationRequestResolver delegate;

	private final TrustedBaseUrl baseUrl;

	public AuthJsAuthorizationRequestResolver(ClientRegistrationRepository registrations, TrustedBaseUrl baseUrl) {
		this.registrations = registrations;
		this.baseUrl = baseUrl;
		this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations, OAuthRoutes.SIGN_IN_BASE);
		this.delegate.setAuthorizationRequestCustomizer(this::customize);
	}

	/**
	 * PKCE for every registration but those whose client settings turn it off, as the catalogue does for the
	 * providers that Auth.js signs in without it (LinkedIn refuses a code verifier); the nonce for every OpenID
	 * Connect one but those of the catalogue that Auth.js signs in without one; the {@code response_mode} of the
	 * catalogue's provider (Apple's {@code form_post}) and its other parameters (Twitch's {@code claims}).
	 */
	private void customize(OAuth2AuthorizationRequest.Builder builder) {
		String[] registrationId = new String[1];
		builder.attributes(
				(attributes) -> registrationId[0] = (String) attributes.get(OAuth2ParameterNames.REGISTRATION_ID));
		ClientRegistration registration = (registrationId[0] != null)
				? this.registrations.findByRegistrationId(registrationId[0]) : null;
		if (registration == null || registration.getClientSettings().isRequireProofKey()) {
			PKCE.accept(builder);
		}
		if (registration != null && !AuthJsProviders.usesNonce(registration)) {
			builder.attributes((attributes) -> attributes.remove(OidcParameterNames.NONCE));
			builder.additionalParameters((parameters) -> parameters.remove(OidcParameterNames.NONCE));
		}
		String responseMode = (registration != null) ? AuthJsProviders.responseMode(registration) : null;
		if (responseMode != null) {
			builder.additionalParameters((parameters) -> parameters.put(RESPONSE_MODE, responseMode));
		}
		if (registration != null) {
			builder.additionalParameters(
					(parameters) -> parameters.putAll(AuthJsProviders.authorizationParameters(registration)));
		}
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		String registrationId = registrationId(request);
		if (registrationId == null) {
			return null;
		}
		return withCallbackUrl(this.delegate.resolve(request, registrationId), request, registrationId, "login");
	}

	/**
	 * Used by Spring Security when a client needs authorization outside of sign-in.
	 */
	@Override
	public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
		if (this.registrations.findByRegistrationId(clientRegistrationId) == null) {
			return null;
		}
		return withCallbackUrl(this.delegate.resolve(request, clientRegistrationId), request, clientRegistrationId,
				"authorize");
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

	private @Nullable OAuth2AuthorizationRequest withCallbackUrl(
			@Nullable OAuth2AuthorizationRequest authorizationRequest, HttpServletRequest request,
			String registrationId, String action) {
		ClientRegistration registration = this.registrations.findByRegistrationId(registrationId);
		if (authorizationRequest == null || registration == null) {
			return null;
		}
		String callbackUrl = CallbackUrl.sameSite(request, request.getParameter("callbackUrl"));
		return OAuth2AuthorizationRequest.from(authorizationRequest)
			.redirectUri(redirectUri(registration, request, action))
			.attributes((attributes) -> attributes.put(CALLBACK_URL_ATTRIBUTE, callbackUrl))
			.build();
	}

	/**
	 * The registration's redirect URI template expanded with the variables of Spring Security's, taken from the
	 * trusted address.
	 */
	private String redirectUri(ClientRegistration registration, HttpServletRequest request, String action) {
		URI base = URI.create(this.baseUrl.resolve(request));
		Map<String, String> variables = new HashMap<>();
		variables.put("baseUrl", base.toString());
		variables.put("baseScheme", base.getScheme());
		variables.put("baseHost", base.getHost());
		variables.put("basePort", (base.getPort() == -1) ? "" : ":" + base.getPort());
		variables.put("basePath", (base.getRawPath() != null) ? base.getRawPath() : "");
		variables.put("registrationId", registration.getRegistrationId());
		variables.put("action", action);
		return UriComponentsBuilder.fromUriString(registration.getRedirectUri())
			.buildAndExpand(variables)
			.toUriString();
	}

}
