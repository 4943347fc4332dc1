package io.github.authadapter.autoconfigure;

import java.util.Set;
import java.util.stream.Collectors;

import io.github.authadapter.Adapter;
import io.github.authadapter.email.DefaultEmailSignInPages;
import io.github.authadapter.email.EmailSignIn;
import io.github.authadapter.email.EmailSignInController;
import io.github.authadapter.oauth.AccountLinks;
import io.github.authadapter.oauth.AccountLinksController;
import io.github.authadapter.oauth.AuthJsAuthorizationRequestResolver;
import io.github.authadapter.oauth.AuthJsClientRegistrations;
import io.github.authadapter.oauth.AuthJsOAuth2UserService;
import io.github.authadapter.oauth.CookieAuthorizationRequestRepository;
import io.github.authadapter.oauth.DefaultOAuthSignInPages;
import io.github.authadapter.oauth.OAuthErrorController;
import io.github.authadapter.oauth.OAuthLoginHttpCustomizer;
import io.github.authadapter.oauth.OAuthProviders;
import io.github.authadapter.oauth.OAuthSignIn;
import io.github.authadapter.oauth.OAuthSignInFailureHandler;
import io.github.authadapter.oauth.OAuthSignInPageController;
import io.github.authadapter.oauth.OAuthSignInPages;
import io.github.authadapter.oauth.OAuthSignInSuccessHandler;
import io.github.authadapter.oauth.ProviderButtonsEmailSignInPages;
import io.github.authadapter.oauth.RequestAttributeAuthorizedClientRepository;
import io.github.authadapter.web.PageLocations;
import io.github.authadapter.web.SignInProviders;
import io.github.authadapter.web.SignInSessions;
import io.github.authadapter.web.SignInTransaction;
import io.github.authadapter.web.TrustedBaseUrl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Auto-configuration of sign-in with OAuth 2 and OpenID Connect providers, with Auth.js's routes
 * ({@code POST /api/auth/signin/{provider}}, {@code /api/auth/callback/{provider}}) and account-linking rules, on the
 * client registrations of Spring Boot's {@code spring.security.oauth2.client.*} properties.
 */
@AutoConfiguration(
		after = { AuthAdapterSecurityAutoConfiguration.class, AuthAdapterEmailAutoConfiguration.class,
				OAuth2ClientAutoConfiguration.class },
		// Before Spring Boot's own oauth2Login filter chain, so that the starter's default chain is the one created.
		before = OAuth2ClientWebSecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ ClientRegistrationRepository.class, OAuth2LoginAuthenticationFilter.class })
@ConditionalOnBean({ Adapter.class, ClientRegistrationRepository.class, SignInSessions.class, PageLocations.class,
		AuthAdapterClock.class })
@EnableConfigurationProperties({ AuthAdapterOAuthProperties.class, AuthAdapterSecurityProperties.class })
@Import(TrustedBaseUrlConfiguration.class)
public final class AuthAdapterOAuthAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CookieAuthorizationRequestRepository authAdapterAuthorizationRequestRepository(
			AuthAdapterSecurityProperties securityProperties, AuthAdapterOAuthProperties properties,
			Environment environment, AuthAdapterClock clock) {
		return new CookieAuthorizationRequestRepository(secret(securityProperties, environment),
				properties.getAuthorizationRequestMaxAge(), clock.clock());
	}

	@Bean
	@ConditionalOnMissingBean
	OAuthSignIn authAdapterOAuthSignIn(Adapter adapter, AuthAdapterOAuthProperties properties,
			ObjectProvider<SignInTransaction> transaction) {
		Set<String> emailLinking = properties.getRegistration()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().isAllowDangerousEmailAccountLinking())
			.map((entry) -> entry.getKey())
			.collect(Collectors.toSet());
		return new OAuthSignIn(adapter, emailLinking, transaction.getIfAvailable(
				() -> SignInTransaction.of(TransactionOperations.withoutTransaction())));
	}

	@Bean
	@ConditionalOnMissingBean
	OAuthProviders authAdapterOAuthProviders(ClientRegistrationRepository registrations) {
		return new OAuthProviders(new AuthJsClientRegistrations(registrations));
	}

	@Bean
	@ConditionalOnMissingBean
	OAuthSignInPages authAdapterOAuthSignInPages() {
		return new DefaultOAuthSignInPages();
	}

	@Bean
	@ConditionalOnMissingBean
	OAuthErrorController authAdapterOAuthErrorController(OAuthSignInPages pages, PageLocations locations) {
		return new OAuthErrorController(pages, locations);
	}

	/**
	 * The providers in {@code /api/auth/providers}, before email as the starter's sign-in page shows them.
	 */
	@Bean
	@Order(0)
	SignInProviders authAdapterOAuthSignInProviders(OAuthProviders providers) {
		return () -> providers.list()
			.stream()
			.map((provider) -> new SignInProviders.Provider(provider.id(), provider.name(), provider.type()))
			.toList();
	}

	/**
	 * Without sign-in by email, the sign-in page lists the providers.
	 */
	@Bean
	@ConditionalOnMissingBean({ OAuthSignInPageController.class, EmailSignInController.class })
	OAuthSignInPageController authAdapterOAuthSignInPageController(OAuthProviders providers, OAuthSignInPages pages) {
		return new OAuthSignInPageController(providers, pages);
	}

	/**
	 * Adds the providers to the starter's built-in email sign-in page; pages of the application's own are left alone.
	 */
	@Bean
	static BeanPostProcessor authAdapterProviderButtonsOnEmailSignInPage(ObjectProvider<OAuthProviders> providers) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean.getClass() == DefaultEmailSignInPages.class) {
					return new ProviderButtonsEmailSignInPages((DefaultEmailSignInPages) bean,
							providers.getObject());
				}
				return bean;
			}

		};
	}

	@Bean
	@ConditionalOnMissingBean
	AccountLinks authAdapterAccountLinks(Adapter adapter, ObjectProvider<EmailSignIn> emailSignIn) {
		return new AccountLinks(adapter, emailSignIn.getIfAvailable() != null);
	}

	@Bean
	@ConditionalOnMissingBean
	AccountLinksController authAdapterAccountLinksController(AccountLinks accountLinks) {
		return new AccountLinksController(accountLinks);
	}

	@Bean
	@ConditionalOnMissingBean
	OAuthLoginHttpCustomizer authAdapterOAuthLoginHttpCustomizer(ClientRegistrationRepository registrations,
			CookieAuthorizationRequestRepository authorizationRequests, OAuthSignIn signIn, SignInSessions sessions,
			PageLocations pages, ApplicationEventPublisher events, ObjectProvider<SignInTransaction> transaction,
			TrustedBaseUrl baseUrl) {
		AuthJsClientRegistrations authJsRegistrations = new AuthJsClientRegistrations(registrations);
		RequestAttributeAuthorizedClientRepository authorizedClients = new RequestAttributeAuthorizedClientRepository();
		return new OAuthLoginHttpCustomizer(authJsRegistrations,
				new AuthJsAuthorizationRequestResolver(authJsRegistrations, baseUrl), authorizationRequests,
				authorizedClients,
				new AuthJsOAuth2UserService(), new OAuthSignInSuccessHandler(signIn, authorizedClients,
						authorizationRequests, sessions, events, transaction.getIfAvailable(
								() -> SignInTransaction.of(TransactionOperations.withoutTransaction()))),
				new OAuthSignInFailureHandler(events), pages);
	}

	private static String secret(AuthAdapterSecurityProperties properties, Environment environment) {
		return AuthAdapterSecret.resolve(properties, environment, "OAuth sign-in");
	}

}
