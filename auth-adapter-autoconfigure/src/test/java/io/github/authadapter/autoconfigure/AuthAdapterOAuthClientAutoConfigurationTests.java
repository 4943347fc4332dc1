package io.github.authadapter.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AuthAdapterOAuthClientAutoConfiguration}.
 */
class AuthAdapterOAuthClientAutoConfigurationTests {

	private static final String HAND_CONFIGURED = "spring.security.oauth2.client.";

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AuthAdapterOAuthClientAutoConfiguration.class,
				OAuth2ClientAutoConfiguration.class))
		.withPropertyValues(HAND_CONFIGURED + "registration.ghe.client-id=ghe-client",
				HAND_CONFIGURED + "registration.ghe.client-secret=ghe-secret",
				HAND_CONFIGURED + "registration.ghe.scope=read:user,user:email",
				HAND_CONFIGURED + "provider.ghe.authorization-uri=https://github.example.com/login/oauth/authorize",
				HAND_CONFIGURED + "provider.ghe.token-uri=https://github.example.com/login/oauth/access_token",
				HAND_CONFIGURED + "provider.ghe.user-info-uri=https://github.example.com/api/v3/user",
				HAND_CONFIGURED + "provider.ghe.user-name-attribute=id");

	@Test
	void aProviderConfiguredByHandNeedsNoRedirectUriNorGrantType() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(ClientRegistrationRepository.class);
			ClientRegistration ghe = context.getBean(ClientRegistrationRepository.class).findByRegistrationId("ghe");
			assertThat(ghe.getRedirectUri()).isEqualTo("{baseUrl}/api/auth/callback/{registrationId}");
			assertThat(ghe.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
			assertThat(ghe.getClientId()).isEqualTo("ghe-client");
			assertThat(ghe.getScopes()).containsExactly("read:user", "user:email");
			assertThat(ghe.getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName()).isEqualTo("id");
		});
	}

	@Test
	void withoutTheStarterSpringBootRefusesTheSameProperties() {
		// What the starter fixes: Spring Security requires a redirect URI that Spring Boot does not default.
		new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(OAuth2ClientAutoConfiguration.class))
			.withPropertyValues(HAND_CONFIGURED + "registration.ghe.client-id=ghe-client",
					HAND_CONFIGURED + "registration.ghe.authorization-grant-type=authorization_code",
					HAND_CONFIGURED + "provider.ghe.authorization-uri=https://github.example.com/login/oauth/authorize",
					HAND_CONFIGURED + "provider.ghe.token-uri=https://github.example.com/login/oauth/access_token")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("redirectUri cannot be empty"));
	}

	@Test
	void aRedirectUriAndGrantTypeOfTheRegistrationAreKept() {
		this.contextRunner
			.withPropertyValues(HAND_CONFIGURED + "registration.ghe.redirect-uri={baseUrl}/login/oauth2/code/ghe",
					HAND_CONFIGURED + "registration.ghe.authorization-grant-type=client_credentials")
			.run((context) -> {
				ClientRegistration ghe = context.getBean(ClientRegistrationRepository.class)
					.findByRegistrationId("ghe");
				assertThat(ghe.getRedirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/ghe");
				assertThat(ghe.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.CLIENT_CREDENTIALS);
			});
	}

	@Test
	void providersThatSpringSecurityKnowsKeepTheirDetailsAndGetAuthJsCallback() {
		this.contextRunner
			.withPropertyValues(HAND_CONFIGURED + "registration.google.client-id=google-client",
					HAND_CONFIGURED + "registration.google.client-secret=google-secret")
			.run((context) -> {
				ClientRegistration google = context.getBean(ClientRegistrationRepository.class)
					.findByRegistrationId("google");
				assertThat(google.getRedirectUri()).isEqualTo("{baseUrl}/api/auth/callback/{registrationId}");
				assertThat(google.getProviderDetails().getTokenUri()).isEqualTo("https://www.googleapis.com/oauth2/v4/token");
				assertThat(google.getScopes()).containsExactly("openid", "profile", "email");
			});
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnRepository() {
		this.contextRunner.withUserConfiguration(OwnRepositoryConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(ClientRegistrationRepository.class)
				.getBean(ClientRegistrationRepository.class)
				.isSameAs(context.getBean(OwnRepositoryConfiguration.class).repository));
	}

	@Test
	void backsOffWithoutRegistrations() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(AuthAdapterOAuthClientAutoConfiguration.class,
					OAuth2ClientAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ClientRegistrationRepository.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnRepositoryConfiguration {

		final InMemoryClientRegistrationRepository repository = new InMemoryClientRegistrationRepository(
				CommonOAuth2Provider.GITHUB.getBuilder("github").clientId("id").clientSecret("secret").build());

		@Bean
		ClientRegistrationRepository ownClientRegistrations() {
			return this.repository;
		}

	}

}
