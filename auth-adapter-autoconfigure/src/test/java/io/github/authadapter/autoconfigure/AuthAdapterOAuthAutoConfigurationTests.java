package io.github.authadapter.autoconfigure;

import java.util.UUID;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.email.EmailSignInController;
import io.github.authadapter.email.EmailSignInErrorController;
import io.github.authadapter.oauth.AccountAuthorizedClientManager;
import io.github.authadapter.oauth.AccountAuthorizedClientService;
import io.github.authadapter.oauth.AccountLinks;
import io.github.authadapter.oauth.AccountLinksController;
import io.github.authadapter.oauth.CookieAuthorizationRequestRepository;
import io.github.authadapter.oauth.OAuthErrorController;
import io.github.authadapter.oauth.OAuthLoginHttpCustomizer;
import io.github.authadapter.oauth.OAuthProviders;
import io.github.authadapter.oauth.OAuthSignIn;
import io.github.authadapter.oauth.OAuthSignInError;
import io.github.authadapter.oauth.OAuthSignInException;
import io.github.authadapter.oauth.OAuthSignInPageController;
import io.github.authadapter.oauth.OAuthSignInPages;
import io.github.authadapter.oauth.ProviderAccount;
import io.github.authadapter.oauth.ProviderProfile;
import io.github.authadapter.web.ProvidersController;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link AuthAdapterOAuthAutoConfiguration}.
 */
class AuthAdapterOAuthAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, AuthAdapterAutoConfiguration.class,
				SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
				UserDetailsServiceAutoConfiguration.class, AuthAdapterOAuthClientAutoConfiguration.class,
				OAuth2ClientAutoConfiguration.class,
				OAuth2ClientWebSecurityAutoConfiguration.class, AuthAdapterSecurityAutoConfiguration.class,
				AuthAdapterEmailAutoConfiguration.class, AuthAdapterOAuthAutoConfiguration.class,
				AuthAdapterErrorPageAutoConfiguration.class))
		.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
				"auth.adapter.secret=test-secret-of-thirty-two-bytes-or-more", "auth.adapter.email.log-links=true",
				"auth.adapter.url=https://app.example",
				"spring.security.oauth2.client.registration.github.client-id=github-client",
				"spring.security.oauth2.client.registration.github.client-secret=github-secret",
				"spring.security.oauth2.client.registration.google.client-id=google-client",
				"spring.security.oauth2.client.registration.google.client-secret=google-secret")
		.withInitializer((context) -> TestPropertyValues
			.of("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"spring.datasource.generate-unique-name=false")
			.applyTo(context));

	@Test
	void providesOAuthSignInOnTheStartersDefaultSecurityFilterChain() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(OAuthLoginHttpCustomizer.class);
			assertThat(context).hasSingleBean(OAuthSignIn.class);
			assertThat(context).hasSingleBean(CookieAuthorizationRequestRepository.class);
			assertThat(context).hasSingleBean(OAuthErrorController.class);
			assertThat(context).hasSingleBean(AccountLinksController.class);
			// The starter's chain, with OAuth sign-in, rather than Spring Boot's oauth2Login chain.
			assertThat(context.getBeanNamesForType(SecurityFilterChain.class))
				.containsExactly("authAdapterSecurityFilterChain");
			assertThat(context.getBean(SecurityFilterChain.class).getFilters())
				.extracting((filter) -> filter.getClass().getSimpleName())
				.contains("OAuth2AuthorizationRequestRedirectFilter", "OAuth2LoginAuthenticationFilter",
						"SessionCookieAuthenticationFilter");
		});
	}

	@Test
	void keepsAuthorizedClientsInTheAccountsTableInPlaceOfSpringBootsInMemoryService() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(OAuth2AuthorizedClientService.class)
				.getBean(OAuth2AuthorizedClientService.class)
				.isInstanceOf(AccountAuthorizedClientService.class);
			assertThat(context).hasSingleBean(OAuth2AuthorizedClientManager.class)
				.getBean(OAuth2AuthorizedClientManager.class)
				.isInstanceOf(AccountAuthorizedClientManager.class);
		});
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnAuthorizedClientService() {
		this.contextRunner.withBean(OAuth2AuthorizedClientService.class,
				() -> new InMemoryOAuth2AuthorizedClientService(new InMemoryClientRegistrationRepository(
						CommonOAuth2Provider.GITHUB.getBuilder("github").clientId("id").build())))
			.run((context) -> assertThat(context).hasSingleBean(OAuth2AuthorizedClientService.class)
				.getBean(OAuth2AuthorizedClientService.class)
				.isInstanceOf(InMemoryOAuth2AuthorizedClientService.class));
	}

	@Test
	void listsTheProvidersWithTheirAuthJsSignInPaths() {
		this.contextRunner.run((context) -> assertThat(context.getBean(OAuthProviders.class).list())
			.containsExactly(new OAuthProviders.Provider("github", "GitHub", "oauth", "/api/auth/signin/github"),
					new OAuthProviders.Provider("google", "Google", "oidc", "/api/auth/signin/google")));
	}

	@Test
	void theEmailSignInPageStaysTheSignInPageWhileEmailSignInIsOn() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(EmailSignInController.class);
			assertThat(context).doesNotHaveBean(OAuthSignInPageController.class);
			assertThat(context).hasSingleBean(ProvidersController.class);
		});
	}

	@Test
	void theOAuthErrorPageIsAuthJsErrorPageWhileOAuthSignInIsOn() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(OAuthErrorController.class);
			assertThat(context).doesNotHaveBean(EmailSignInErrorController.class);
		});
	}

	@Test
	void withoutClientRegistrationsTheEmailErrorPageIsAuthJsErrorPage() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, AuthAdapterAutoConfiguration.class,
					SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
					AuthAdapterSecurityAutoConfiguration.class, AuthAdapterEmailAutoConfiguration.class,
					AuthAdapterOAuthAutoConfiguration.class, AuthAdapterErrorPageAutoConfiguration.class))
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
					"auth.adapter.secret=test-secret-of-thirty-two-bytes-or-more", "auth.adapter.email.log-links=true",
					"auth.adapter.url=https://app.example")
			.withInitializer((context) -> TestPropertyValues
				.of("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
				.applyTo(context))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(OAuthErrorController.class);
				assertThat(context).hasSingleBean(EmailSignInErrorController.class);
			});
	}

	@Test
	void withoutEmailSignInTheSignInPageListsTheProviders() {
		this.contextRunner.withPropertyValues("auth.adapter.email.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(EmailSignInController.class);
			assertThat(context).hasSingleBean(OAuthSignInPageController.class);
		});
	}

	@Test
	void backsOffWithoutClientRegistrations() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, AuthAdapterAutoConfiguration.class,
					SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
					OAuth2ClientAutoConfiguration.class, AuthAdapterSecurityAutoConfiguration.class,
					AuthAdapterOAuthAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
					"auth.adapter.secret=test-secret-of-thirty-two-bytes-or-more", "auth.adapter.email.enabled=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(ClientRegistrationRepository.class);
				assertThat(context).doesNotHaveBean(OAuthLoginHttpCustomizer.class);
			});
	}

	@Test
	void backsOffWithoutSpringSecurityOAuth2Client() {
		// Without the jars, Spring Boot's OAuth2 client auto-configurations are not there either.
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, AuthAdapterAutoConfiguration.class,
					SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
					UserDetailsServiceAutoConfiguration.class, AuthAdapterSecurityAutoConfiguration.class,
					AuthAdapterEmailAutoConfiguration.class, AuthAdapterOAuthAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
					"auth.adapter.secret=test-secret-of-thirty-two-bytes-or-more", "auth.adapter.email.log-links=true",
					"auth.adapter.url=https://app.example",
					"spring.security.oauth2.client.registration.github.client-id=github-client")
			.withClassLoader(new FilteredClassLoader("org.springframework.security.oauth2.client",
					"org.springframework.boot.security.oauth2.client"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(OAuthLoginHttpCustomizer.class);
				assertThat(context).doesNotHaveBean(AccountLinks.class);
				assertThat(context).hasSingleBean(EmailSignInController.class);
			});
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnPages() {
		this.contextRunner.withUserConfiguration(OwnPagesConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(OAuthSignInPages.class)
				.getBean(OAuthSignInPages.class)
				.isSameAs(context.getBean(OwnPagesConfiguration.class).pages));
	}

	@Test
	void refusesToLinkByEmailUnlessTheRegistrationAllowsIt() {
		this.contextRunner
			.withPropertyValues("auth.adapter.oauth.registration.google.allow-dangerous-email-account-linking=true")
			.run((context) -> {
				Adapter adapter = context.getBean(Adapter.class);
				OAuthSignIn signIn = context.getBean(OAuthSignIn.class);
				AdapterUser existing = adapter.createUser(AdapterUser.withEmail("ada@example.com"));
				ProviderProfile profile = new ProviderProfile("42", "Ada", "Ada@Example.com", null);

				assertThatExceptionOfType(OAuthSignInException.class)
					.isThrownBy(() -> signIn.signIn(null, profile, account("github", "42")))
					.extracting(OAuthSignInException::getError)
					.isEqualTo(OAuthSignInError.OAUTH_ACCOUNT_NOT_LINKED);
				OAuthSignIn.Result linked = signIn.signIn(null, profile, account("google", "42"));
				assertThat(linked.user().id()).isEqualTo(existing.id());
				assertThat(linked.outcome()).isEqualTo(OAuthSignIn.Outcome.LINKED);
				assertThat(linked.newSession()).isTrue();
			});
	}

	@Test
	void failsToStartWithoutASecretOutsideTheDevProfile() {
		this.contextRunner.withPropertyValues("auth.adapter.secret=", "auth.adapter.email.enabled=false")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context).getFailure().rootCause().isInstanceOf(MissingSecretException.class);
			});
	}

	@Test
	void startsWithoutASecretInTheDevProfile() {
		this.contextRunner.withPropertyValues("auth.adapter.secret=")
			.withInitializer((context) -> context.getEnvironment().setActiveProfiles("dev"))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(OAuthLoginHttpCustomizer.class));
	}

	private static ProviderAccount account(String provider, String providerAccountId) {
		return new ProviderAccount("oauth", provider, providerAccountId, null, "access", null, "bearer", null, null,
				null);
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnPagesConfiguration {

		final OAuthSignInPages pages = (error) -> "<h1>" + error.title() + "</h1>";

		@Bean
		OAuthSignInPages ownPages() {
			return this.pages;
		}

	}

}
