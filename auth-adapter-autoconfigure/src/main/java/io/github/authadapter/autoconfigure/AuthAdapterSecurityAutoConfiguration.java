package io.github.authadapter.autoconfigure;

import java.util.List;

import io.github.authadapter.Adapter;
import io.github.authadapter.AuthenticatorUses;
import io.github.authadapter.UserSessions;
import io.github.authadapter.jpa.FirstFailureTransactionTemplate;
import io.github.authadapter.autoconfigure.AuthAdapterSecurityProperties.SessionStrategy;
import io.github.authadapter.autoconfigure.SessionStrategyCondition.OnDatabaseSessions;
import io.github.authadapter.autoconfigure.SessionStrategyCondition.OnDatabaseStrategy;
import io.github.authadapter.autoconfigure.SessionStrategyCondition.OnJwtSessions;
import io.github.authadapter.autoconfigure.SessionStrategyCondition.OnJwtStrategy;
import io.github.authadapter.jpa.JpaAuthenticatorUses;
import io.github.authadapter.jpa.JpaUserSessions;
import io.github.authadapter.jwt.JwtSessionAuthenticationProvider;
import io.github.authadapter.jwt.JwtSessionCookies;
import io.github.authadapter.jwt.JwtSessionClaimsCustomizer;
import io.github.authadapter.jwt.JwtSessionHttpCustomizer;
import io.github.authadapter.jwt.JwtSignInSessions;
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
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ConditionalOnDefaultWebSecurity;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration of Auth.js sessions with Spring Security: the database session cookie, Auth.js's JWT session
 * cookie, their lifetime, and the session endpoints under {@value AuthRoutes#BASE_PATH}.
 */
@AutoConfiguration(after = AuthAdapterAutoConfiguration.class,
		before = { ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, HttpSecurity.class, DispatcherServlet.class })
@ConditionalOnBean(Adapter.class)
@EnableConfigurationProperties(AuthAdapterSecurityProperties.class)
@Import(ClockConfiguration.class)
public final class AuthAdapterSecurityAutoConfiguration {

	private static final String NIMBUS_JWE = "com.nimbusds.jose.JWEObject";

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
	@Conditional(OnDatabaseSessions.class)
	SessionTokenAuthenticationProvider authAdapterSessionTokenAuthenticationProvider(Adapter adapter,
			SessionLifetime lifetime, AuthAdapterClock clock, SessionFactors factors) {
		return new SessionTokenAuthenticationProvider(adapter, lifetime, clock.clock(), factors);
	}

	/**
	 * Auth.js database sessions, which every sign-in starts and sign-out ends.
	 */
	@Bean
	@ConditionalOnMissingBean(SignInSessions.class)
	@Conditional(OnDatabaseStrategy.class)
	DatabaseSignInSessions authAdapterSignInSessions(Adapter adapter, UserSessions userSessions,
			SessionLifetime lifetime, SessionTokenGenerator sessionTokens, SessionFactors factors,
			AuthAdapterClock clock, ApplicationEventPublisher events) {
		return new DatabaseSignInSessions(adapter, userSessions, lifetime, sessionTokens, factors, clock.clock(),
				events);
	}

	/**
	 * Reads the cookie of the database sessions, also where sign-in starts sessions of another kind, such as JWT
	 * sessions in a migration: then database sessions of their own write the cookie as the filter moves their expiry
	 * or refuses them.
	 */
	@Bean
	@ConditionalOnMissingBean
	@Conditional({ OnDatabaseSessions.class, DatabaseSessionCookies.class })
	SessionCookieHttpCustomizer authAdapterSessionCookieHttpCustomizer(SessionTokenAuthenticationProvider provider,
			ObjectProvider<SignInSessions> signInSessions, Adapter adapter, UserSessions userSessions,
			SessionLifetime lifetime, SessionTokenGenerator sessionTokens, SessionFactors factors,
			AuthAdapterClock clock, ApplicationEventPublisher events) {
		DatabaseSignInSessions sessions = (signInSessions.getIfUnique() instanceof DatabaseSignInSessions database)
				? database : new DatabaseSignInSessions(adapter, userSessions, lifetime, sessionTokens, factors,
						clock.clock(), events);
		return new SessionCookieHttpCustomizer(provider, sessions);
	}

	@Bean
	@ConditionalOnMissingBean
	ActiveSessions authAdapterActiveSessions(Adapter adapter, UserSessions userSessions, AuthAdapterClock clock) {
		return new ActiveSessions(adapter, userSessions, clock.clock());
	}

	@Bean
	@ConditionalOnMissingBean
	SessionController authAdapterSessionController(SignInSessions sessions, ActiveSessions activeSessions,
			ObjectProvider<SessionUserCustomizer> sessionUserCustomizers) {
		return new SessionController(sessions, activeSessions, sessionUserCustomizers.orderedStream().toList());
	}

	/**
	 * Database session cookies are read where database sessions start, or where JWT sessions start and database
	 * ones are still accepted; not where the application's own {@link SignInSessions} replace them.
	 */
	static final class DatabaseSessionCookies extends AnyNestedCondition {

		DatabaseSessionCookies() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DatabaseSignInSessions.class)
		static final class DatabaseSessionsStart {

		}

		@Conditional(SessionStrategyCondition.OnJwtStrategy.class)
		static final class JwtSessionsStart {

		}

	}

	/**
	 * Auth.js's JWT session cookie, where {@code auth.adapter.session.strategy} or {@code accept} names {@code jwt}.
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(OnJwtSessions.class)
	@ConditionalOnClass(name = NIMBUS_JWE)
	static class JwtSessionConfiguration {

		@Bean
		@ConditionalOnMissingBean
		JwtSessionCookies authAdapterJwtSessionCookies(AuthAdapterSecurityProperties properties,
				Environment environment, AuthAdapterClock clock) {
			String secret = AuthAdapterSecret.resolve(properties, environment, "JWT session cookies");
			boolean databaseSessionsToo = properties.getSession().accepted().contains(SessionStrategy.DATABASE);
			try {
				// Auth.js joins several secrets with commas where it hashes with them, and so does the starter.
				return new JwtSessionCookies(List.of(secret.split(",", -1)), databaseSessionsToo, clock.clock());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidJwtSecretException(ex.getMessage(), ex);
			}
		}

		@Bean
		@ConditionalOnMissingBean
		JwtSessionAuthenticationProvider authAdapterJwtSessionAuthenticationProvider(
				AuthAdapterSecurityProperties properties, Adapter adapter) {
			return new JwtSessionAuthenticationProvider(properties.getSession().getJwt().isLoadUser() ? adapter : null);
		}

		/**
		 * Auth.js JWT sessions, which every sign-in starts and sign-out ends, where the strategy is {@code jwt}.
		 */
		@Bean
		@ConditionalOnMissingBean(SignInSessions.class)
		@Conditional(OnJwtStrategy.class)
		JwtSignInSessions authAdapterJwtSignInSessions(JwtSessionCookies cookies, SessionLifetime lifetime,
				ApplicationEventPublisher events, ObjectProvider<JwtSessionClaimsCustomizer> claimsCustomizers,
				AuthAdapterSecurityProperties properties, Adapter adapter) {
			boolean databaseSessionsToo = properties.getSession().accepted().contains(SessionStrategy.DATABASE);
			return new JwtSignInSessions(cookies, lifetime, events, claimsCustomizers.orderedStream().toList(),
					databaseSessionsToo ? adapter : null);
		}

		@Bean
		@ConditionalOnMissingBean
		JwtSessionHttpCustomizer authAdapterJwtSessionHttpCustomizer(JwtSessionCookies cookies,
				JwtSessionAuthenticationProvider provider, SessionLifetime lifetime, AuthAdapterClock clock) {
			return new JwtSessionHttpCustomizer(cookies, provider, lifetime, clock.clock());
		}

	}

	/**
	 * Stops the application that asks for JWT sessions without the library that decrypts them.
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(OnJwtSessions.class)
	@ConditionalOnMissingClass(NIMBUS_JWE)
	static class MissingNimbusConfiguration {

		MissingNimbusConfiguration() {
			throw new IllegalStateException("JWT sessions (auth.adapter.session.strategy or accept naming jwt) need "
					+ "Nimbus JOSE+JWT: add spring-boot-starter-security-oauth2-client, or "
					+ "org.springframework.security:spring-security-oauth2-jose");
		}

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

		@Bean
		@ConditionalOnMissingBean(AuthenticatorUses.class)
		JpaAuthenticatorUses authAdapterAuthenticatorUses(EntityManagerFactory entityManagerFactory,
				PlatformTransactionManager transactionManager) {
			return new JpaAuthenticatorUses(entityManagerFactory, transactionManager);
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
