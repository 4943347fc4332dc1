package io.github.authadapter.autoconfigure;

import java.util.ArrayList;
import java.util.Map;

import io.github.authadapter.Adapter;
import io.github.authadapter.oauth.AccountAuthorizedClientManager;
import io.github.authadapter.oauth.AccountAuthorizedClientService;
import io.github.authadapter.oauth.AppleClientSecret;
import io.github.authadapter.oauth.AppleClientSecretRegistrations;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * Auto-configuration of the OAuth 2 client side of the starter, in place of Spring Boot's own beans: the client
 * registrations of Spring Boot's {@code spring.security.oauth2.client.*} properties with Auth.js's defaults (a
 * registration needs no {@code redirect-uri} and no {@code authorization-grant-type}, whatever its provider), and
 * the authorized clients on the accounts table, refreshed there, for calling a provider for the signed-in user.
 */
@AutoConfiguration(after = AuthAdapterAutoConfiguration.class, before = OAuth2ClientAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ ClientRegistration.class, OAuth2ClientProperties.class })
@EnableConfigurationProperties({ OAuth2ClientProperties.class, AuthAdapterOAuthProperties.class })
@Import(ClockConfiguration.class)
public final class AuthAdapterOAuthClientAutoConfiguration {

	/**
	 * The registrations of the properties, with Apple's client secrets made from their keys.
	 */
	@Bean
	@ConditionalOnOAuth2ClientRegistrationProperties
	@ConditionalOnMissingBean(ClientRegistrationRepository.class)
	ClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties,
			AuthAdapterOAuthProperties authAdapterProperties, AuthAdapterClock clock) {
		Map<String, ClientRegistration> registrations = AuthJsClientRegistrationProperties
			.clientRegistrations(properties);
		Map<String, AppleClientSecret> secrets = AppleClientSecrets.of(authAdapterProperties, registrations,
				clock.clock());
		InMemoryClientRegistrationRepository repository = new InMemoryClientRegistrationRepository(
				new ArrayList<>(registrations.values()));
		return secrets.isEmpty() ? repository : new AppleClientSecretRegistrations(repository, secrets);
	}

	// After the repository above in this class, so that the condition sees it.
	@Bean
	@ConditionalOnBean({ Adapter.class, ClientRegistrationRepository.class })
	@ConditionalOnMissingBean
	OAuth2AuthorizedClientService authAdapterAuthorizedClientService(Adapter adapter,
			ClientRegistrationRepository registrations) {
		return new AccountAuthorizedClientService(adapter, registrations);
	}

	@Bean
	@ConditionalOnBean({ Adapter.class, ClientRegistrationRepository.class })
	@ConditionalOnMissingBean
	OAuth2AuthorizedClientManager authAdapterAuthorizedClientManager(ClientRegistrationRepository registrations,
			Adapter adapter, ApplicationEventPublisher events, AuthAdapterClock clock) {
		return new AccountAuthorizedClientManager(registrations, adapter, events, clock.clock());
	}

}
