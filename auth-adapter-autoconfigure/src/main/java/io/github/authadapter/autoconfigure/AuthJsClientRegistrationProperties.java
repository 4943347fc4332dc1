package io.github.authadapter.autoconfigure;

import java.util.Map;

import io.github.authadapter.oauth.OAuthRoutes;

import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.util.StringUtils;

/**
 * Spring Boot's {@code spring.security.oauth2.client.*} properties with Auth.js's defaults filled in before Spring
 * Boot's {@link OAuth2ClientPropertiesMapper} builds the registrations: a registration without {@code redirect-uri}
 * gets {@value OAuthRoutes#DEFAULT_REDIRECT_URI}, and one without {@code authorization-grant-type} the authorization
 * code grant, which every sign-in provider uses. Without them, a provider that Spring Security does not know (its
 * endpoints given by hand) fails to start, because Spring Security requires both.
 */
final class AuthJsClientRegistrationProperties {

	private AuthJsClientRegistrationProperties() {
	}

	/**
	 * The registrations of the properties, with Auth.js's defaults. The bound properties are left as they are.
	 */
	static Map<String, ClientRegistration> clientRegistrations(OAuth2ClientProperties properties) {
		OAuth2ClientProperties withDefaults = new OAuth2ClientProperties();
		withDefaults.getProvider().putAll(properties.getProvider());
		properties.getRegistration()
			.forEach((id, registration) -> withDefaults.getRegistration().put(id, withDefaults(registration)));
		return new OAuth2ClientPropertiesMapper(withDefaults).asClientRegistrations();
	}

	private static OAuth2ClientProperties.Registration withDefaults(OAuth2ClientProperties.Registration registration) {
		OAuth2ClientProperties.Registration copy = new OAuth2ClientProperties.Registration();
		copy.setProvider(registration.getProvider());
		copy.setClientId(registration.getClientId());
		copy.setClientSecret(registration.getClientSecret());
		copy.setClientAuthenticationMethod(registration.getClientAuthenticationMethod());
		copy.setAuthorizationGrantType(StringUtils.hasText(registration.getAuthorizationGrantType())
				? registration.getAuthorizationGrantType() : AuthorizationGrantType.AUTHORIZATION_CODE.getValue());
		copy.setRedirectUri(StringUtils.hasText(registration.getRedirectUri()) ? registration.getRedirectUri()
				: OAuthRoutes.DEFAULT_REDIRECT_URI);
		copy.setScope(registration.getScope());
		copy.setClientName(registration.getClientName());
		return copy;
	}

}
