package io.github.authadapter.autoconfigure;

import java.time.Clock;

import io.github.authadapter.Adapter;
import io.github.authadapter.UserSessions;
import io.github.authadapter.jpa.FirstFailureTransactionTemplate;
import io.github.authadapter.jpa.JpaUserSessions;
import io.github.authadapter.session.ActiveSessions;
import io.github.authadapter.session.DatabaseSignInSessions;
import io.github.authadapter.session.SessionController;
import io.github.authadapter.session.SessionCookieHttpCustomizer;
import io.github.authadapter.session.SessionFactors;
import io.github.authadapter.session.SessionLifetime;
import io.github.authadapter.session.SessionTokenAuthenticationProvider;
import io.github.authadapter.session.SessionTokenGenerator;
import io.github.authadapter.session.SessionUserCustomizer;
import io.github.authadapter.web.AuthAdapterHttpConfigurer;
import io.github.authadapter.web.AuthJsCsrfTokenRepository;
import io.github.authadapter.web.AuthRoutes;
import io.github.authadapter.web.DatabaseUnavailableExceptionResolver;
import io.github.authadapter.web.PageLocations;
import io.github.authadapter.web.SameOriginPolicy;
import io.github.authadapter.web.SecretQueryParameterMaskingFilter;
import io.github.authadapter.web.SecureTokens;
import io.github.authadapter.web.SignInSessions;
import io.github.authadapter.web.SignInTransaction;
import io.github.authadapter.web.TrustedBaseUrl;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ConditionalOnDefaultWebSecurity;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration of Auth.js database sessions with Spring Security: the session cookie, its lifetime, and the
 * session endpoints under {@value AuthRoutes#BASE_PATH}.
 */
@AutoConfiguration(after = AuthAdapterAutoConfiguration.class,
		before = { ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, HttpSecurity.class, DispatcherServlet.class })
@ConditionalOnBean(Adapter.class)
@EnableConfigurationProperties(AuthAdapterSecurityProperties.class)
public final class AuthAdapterSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SessionLifetime authAdapterSessionLifetime(AuthAdapterSecurityProperties properties) {
		return new SessionLifetime(properties.getSession().getMaxAge(), properties.getSession().getUpdateAge());
	}

	@Bean
	@ConditionalOnMissingBean
	PageLocations authAdapterPageLocations(AuthAdapterSecurityProperties properties) {
		return new PageLocations(properties.getPages().getSignIn(), properties.getPages().getVerifyRequest());
	}

	/**
	 * Auth.js's signed CSRF cookie, keyed with the secret, so that a Next.js app with the same secret shares it.
	 */
	@Bean
	@ConditionalOnMissingBean
	AuthJsCsrfTokenRepository authAdapterCsrfTokenRepository(AuthAdapterSecurityProperties properties,
			Environment environment) {
		return new AuthJsCsrfTokenRepository(AuthAdapterSecret.resolve(properties, environment, "the CSRF cookie"));
	}

	/**
	 * Posts must come from the address that links are built for, where sign-in by email or OAuth defines it, and
	 * from {@code auth.adapter.url} or the request's own origin otherwise.
	 */
	@Bean
	@ConditionalOnMissingBean
	SameOriginPolicy authAdapterSameOriginPolicy(AuthAdapterSecurityProperties properties,
			ObjectProvider<TrustedBaseUrl> baseUrl) {
		TrustedBaseUrl trusted = baseUrl.getIfUnique();
		return (trusted != null) ? SameOriginPolicy.of(trusted) : SameOriginPolicy.of(properties.getUrl());
	}

	/**
	 * Runs before Spring Security's filters, the first to print the query string at debug level.
	 */
	@Bean
	FilterRegistrationBean<SecretQueryParameterMaskingFilter> authAdapterSecretQueryParameterMaskingFilter() {
		FilterRegistrationBean<SecretQueryParameterMaskingFilter> registration = new FilterRegistrationBean<>(
				new SecretQueryParameterMaskingFilter());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	@Bean
	@ConditionalOnMissingBean
	SecureTokens authAdapterSecureTokens() {
		return new SecureTokens();
	}

	/**
	 * The clock, for an application whose own Adapter leaves the JPA auto-configuration, which defines it, off.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock authAdapterClock() {
		return Clock.systemUTC();
	}

	/**
	 * The transaction in which a sign-in writes its user, account and session, on the transaction manager that the
	 * JPA adapter uses too.
	 */
	@Bean
	@ConditionalOnMissingBean
	SignInTransaction authAdapterSignInTransaction(ObjectProvider<PlatformTransactionManager> transactionManager) {
		PlatformTransactionManager manager = transactionManager.getIfUnique();
		return (manager != null) ? SignInTransaction.of(new FirstFailureTransactionTemplate(manager))
				: SignInTransaction.of(TransactionOperations.withoutTransaction());
	}

	@Bean
	@ConditionalOnMissingBean
	DatabaseUnavailableExceptionResolver authAdapterDatabaseUnavailableExceptionResolver() {
		return new DatabaseUnavailableExceptionResolver();
	}

	@Bean
	@ConditionalOnMissingBean
	SessionTokenGenerator authAdapterSessionTokenGenerator(SecureTokens tokens) {
		return tokens::next;
	}

	/**
	 * Signs the factors of a database session, such as {@code FACTOR_OTT}, into the cookie beside its session cookie.
	 */
	@Bean
	@ConditionalOnMissingBean
	SessionFactors authAdapterSessionFactors(AuthAdapterSecurityProperties properties, Environment environment) {
		return new SessionFactors(AuthAdapterSecret.resolve(properties, environment, "the factors of sessions"));
	}

	@Bean
	@ConditionalOnMissingBean
	SessionTokenAuthenticationProvider authAdapterSessionTokenAuthenticationProvider(Adapter adapter,
			SessionLifetime lifetime, Clock clock, SessionFactors factors) {
		return new SessionTokenAuthenticationProvider(adapter, lifetime, clock, factors);
	}

	/**
	 * Auth.js database sessions, which every sign-in starts and sign-out ends.
	 */
	@Bean
	@ConditionalOnMissingBean(SignInSessions.class)
	DatabaseSignInSessions authAdapterSignInSessions(Adapter adapter, SessionLifetime lifetime,
			SessionTokenGenerator sessionTokens, SessionFactors factors, Clock clock, ApplicationEventPublisher events) {
		return new DatabaseSignInSessions(adapter, lifetime, sessionTokens, factors, clock, events);
	}

	/**
	 * Reads the cookie of the database sessions; sessions of an application's own read their cookies themselves.
	 */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(DatabaseSignInSessions.class)
	SessionCookieHttpCustomizer authAdapterSessionCookieHttpCustomizer(SessionTokenAuthenticationProvider provider,
			DatabaseSignInSessions sessions) {
		return new SessionCookieHttpCustomizer(provider, sessions);
	}

	@Bean
	@ConditionalOnMissingBean
	ActiveSessions authAdapterActiveSessions(Adapter adapter, UserSessions userSessions, Clock clock) {
		return new ActiveSessions(adapter, userSessions, clock);
	}

	@Bean
	@ConditionalOnMissingBean
	SessionController authAdapterSessionController(SignInSessions sessions, ActiveSessions activeSessions,
			ObjectProvider<SessionUserCustomizer> sessionUserCustomizers) {
		return new SessionController(sessions, activeSessions, sessionUserCustomizers.orderedStream().toList());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean({ EntityManagerFactory.class, PlatformTransactionManager.class })
	static class JpaUserSessionsConfiguration {

		@Bean
		@ConditionalOnMissingBean(UserSessions.class)
		JpaUserSessions authAdapterUserSessions(EntityManagerFactory entityManagerFactory,
				PlatformTransactionManager transactionManager) {
			return new JpaUserSessions(entityManagerFactory, transactionManager);
		}

	}

	/**
	 * Used when the application has no security filter chain of its own: the Auth.js endpoints and the sign-in pages
	 * are open, and everything else needs a session.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnDefaultWebSecurity
	static class DefaultSecurityFilterChainConfiguration {

		@Bean
		@Order(SecurityFilterProperties.BASIC_AUTH_ORDER)
		SecurityFilterChain authAdapterSecurityFilterChain(HttpSecurity http, PageLocations pages) throws Exception {
			http.authorizeHttpRequests((requests) -> requests
				.requestMatchers(AuthRoutes.ALL, pages.signIn(), pages.verifyRequest(), "/error")
				.permitAll()
				.anyRequest()
				.authenticated());
			http.with(AuthAdapterHttpConfigurer.authAdapter(), Customizer.withDefaults());
			return http.build();
		}

	}

}
