package io.github.authadapter.autoconfigure;

import java.util.ArrayList;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * Auto-configuration of the OAuth 2 client registrations of Spring Boot's {@code spring.security.oauth2.client.*}
 * properties with Auth.js's defaults, in place of Spring Boot's own repository: a registration needs no
 * {@code redirect-uri} and no {@code authorization-grant-type}, whatever its provider.
 */
@AutoConfiguration(before = OAuth2ClientAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ ClientRegistration.class, OAuth2ClientProperties.class })
@EnableConfigurationProperties(OAuth2ClientProperties.class)
public final class AuthAdapterOAuthClientAutoConfiguration {

	@Bean
	@ConditionalOnOAuth2ClientRegistrationProperties
	@ConditionalOnMissingBean(ClientRegistrationRepository.class)
	InMemoryClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties) {
		return new InMemoryClientRegistrationRepository(
				new ArrayList<>(AuthJsClientRegistrationProperties.clientRegistrations(properties).values()));
	}

}
