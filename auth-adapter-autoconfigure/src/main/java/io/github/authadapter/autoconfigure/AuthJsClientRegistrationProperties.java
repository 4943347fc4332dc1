package io.github.authadapter.autoconfigure;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import io.github.authadapter.oauth.AuthJsProviders;
import io.github.authadapter.oauth.OAuthRoutes;
import org.jspecify.annotations.Nullable;

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
 * endpoints given by hand) fails to start, because Spring Security requires both. A registration of one of
 * {@link AuthJsProviders}, by its provider id, gets that provider's endpoints, scopes and name where the properties
 * set none; an OpenID Connect one its scopes and name, with the issuer that the application gives, or the endpoints
 * of the provider's only issuer (LinkedIn, Apple, Slack, Twitch) when it gives none.
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
		Map<String, AuthJsProviders.Provider> catalogued = new LinkedHashMap<>();
		Map<String, AuthJsProviders.OidcProvider> cataloguedOidc = new LinkedHashMap<>();
		properties.getRegistration().forEach((id, registration) -> {
			String providerId = StringUtils.hasText(registration.getProvider()) ? registration.getProvider() : id;
			OAuth2ClientProperties.Registration copy = withDefaults(registration);
			AuthJsProviders.find(providerId)
				.filter((provider) -> !hasIssuer(properties.getProvider().get(providerId)))
				.ifPresent((provider) -> {
					withDefaults.getProvider()
						.put(providerId, withDefaults(properties.getProvider().get(providerId), provider));
					if (copy.getScope() == null) {
						copy.setScope(new LinkedHashSet<>(provider.scopes()));
					}
					if (!StringUtils.hasText(copy.getClientName())) {
						copy.setClientName(provider.name());
					}
					catalogued.put(id, provider);
				});
			AuthJsProviders.findOidc(providerId).ifPresent((provider) -> {
				OAuth2ClientProperties.Provider given = properties.getProvider().get(providerId);
				boolean byHand = given != null && StringUtils.hasText(given.getAuthorizationUri());
				if (!hasIssuer(given) && !byHand && provider.issuer() != null) {
					withDefaults.getProvider().put(providerId, withDefaults(provider.issuer()));
				}
				else if (!hasIssuer(given) && !byHand) {
					throw new IllegalStateException("The registration '" + id + "' of " + provider.name()
							+ " needs spring.security.oauth2.client.provider." + providerId
							+ ".issuer-uri, as Auth.js's " + provider.name() + " provider needs its issuer");
				}
				if (copy.getScope() == null) {
					copy.setScope(new LinkedHashSet<>(provider.scopes()));
				}
				if (!StringUtils.hasText(copy.getClientName())) {
					copy.setClientName(provider.name());
				}
				if (copy.getClientAuthenticationMethod() == null) {
					copy.setClientAuthenticationMethod(provider.clientAuthenticationMethod());
				}
				cataloguedOidc.put(id, provider);
			});
			withDefaults.getRegistration().put(id, copy);
		});
		Map<String, ClientRegistration> registrations = new LinkedHashMap<>(
				new OAuth2ClientPropertiesMapper(withDefaults).asClientRegistrations());
		catalogued.forEach((id, provider) -> registrations.computeIfPresent(id,
				(key, registration) -> AuthJsProviders.tagged(registration, provider)));
		cataloguedOidc.forEach((id, provider) -> registrations.computeIfPresent(id,
				(key, registration) -> AuthJsProviders.tagged(registration, provider)));
		return registrations;
	}

	private static boolean hasIssuer(OAuth2ClientProperties.@Nullable Provider provider) {
		return provider != null && StringUtils.hasText(provider.getIssuerUri());
	}

	/**
	 * The endpoints of the catalogued provider where the properties set none.
	 */
	private static OAuth2ClientProperties.Provider withDefaults(OAuth2ClientProperties.@Nullable Provider provider,
			AuthJsProviders.Provider catalogued) {
		OAuth2ClientProperties.Provider copy = new OAuth2ClientProperties.Provider();
		copy.setAuthorizationUri(catalogued.authorizationUri());
		copy.setTokenUri(catalogued.tokenUri());
		copy.setUserInfoUri(catalogued.userInfoUri());
		copy.setUserNameAttribute(catalogued.userNameAttribute());
		if (provider != null) {
			if (provider.getAuthorizationUri() != null) {
				copy.setAuthorizationUri(provider.getAuthorizationUri());
			}
			if (provider.getTokenUri() != null) {
				copy.setTokenUri(provider.getTokenUri());
			}
			if (provider.getUserInfoUri() != null) {
				copy.setUserInfoUri(provider.getUserInfoUri());
			}
			if (provider.getUserNameAttribute() != null) {
				copy.setUserNameAttribute(provider.getUserNameAttribute());
			}
			copy.setUserInfoAuthenticationMethod(provider.getUserInfoAuthenticationMethod());
			copy.setJwkSetUri(provider.getJwkSetUri());
		}
		return copy;
	}

	/**
	 * The endpoints of the provider's only issuer, for properties that give neither an issuer nor endpoints; the user
	 * is the ID token's {@code sub}.
	 */
	private static OAuth2ClientProperties.Provider withDefaults(AuthJsProviders.Issuer issuer) {
		OAuth2ClientProperties.Provider copy = new OAuth2ClientProperties.Provider();
		copy.setAuthorizationUri(issuer.authorizationUri());
		copy.setTokenUri(issuer.tokenUri());
		copy.setJwkSetUri(issuer.jwkSetUri());
		copy.setUserNameAttribute("sub");
		return copy;
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
