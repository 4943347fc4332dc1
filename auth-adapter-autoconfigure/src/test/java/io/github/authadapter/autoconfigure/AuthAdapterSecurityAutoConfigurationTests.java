package io.github.authadapter.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import io.github.authadapter.Adapter;
import io.github.authadapter.UserSessions;
import io.github.authadapter.email.DefaultEmailSignInPages;
import io.github.authadapter.email.EmailSignInController;
import io.github.authadapter.email.EmailSignInPages;
import io.github.authadapter.email.JavaMailMagicLinkSender;
import io.github.authadapter.email.LoggingMagicLinkSender;
import io.github.authadapter.email.MagicLinkSender;
import io.github.authadapter.jpa.JpaUserSessions;
import io.github.authadapter.session.DatabaseSignInSessions;
import io.github.authadapter.session.SessionController;
import io.github.authadapter.session.SessionCookieHttpCustomizer;
import io.github.authadapter.session.SessionFactors;
import io.github.authadapter.session.SessionLifetime;
import io.github.authadapter.session.SessionTokenAuthenticationProvider;
import io.github.authadapter.session.SessionTokenGenerator;
import io.github.authadapter.web.AuthJsCsrfTokenRepository;
import io.github.authadapter.web.DatabaseUnavailableExceptionResolver;
import io.github.authadapter.web.PageLocations;
import io.github.authadapter.web.SameOriginPolicy;
import io.github.authadapter.web.SignIn;
import io.github.authadapter.web.SignInSessions;
import io.github.authadapter.web.SignInTransaction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.SecurityFilterChain;

import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AuthAdapterSecurityAutoConfiguration} and {@link AuthAdapterEmailAutoConfiguration}.
 */
class AuthAdapterSecurityAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, AuthAdapterAutoConfiguration.class,
				SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
				UserDetailsServiceAutoConfiguration.class, MailSenderAutoConfiguration.class,
				AuthAdapterSecurityAutoConfiguration.class, AuthAdapterEmailAutoConfiguration.class))
		.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
				"auth.adapter.secret=test-secret-of-thirty-two-bytes-or-more", "auth.adapter.email.log-links=true",
				"auth.adapter.url=https://app.example")
		.withInitializer((context) -> TestPropertyValues
			.of("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"spring.datasource.generate-unique-name=false")
			.applyTo(context));

	@Test
	void keepsTheApplicationsOwnClocksApartFromItsOwn() {
		Clock fixed = Clock.fixed(Instant.parse("2001-02-03T04:05:06Z"), ZoneOffset.UTC);
		this.contextRunner.withBean("businessClock", Clock.class, () -> fixed)
			.withBean("localClock", Clock.class, Clock::systemDefaultZone)
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(AuthAdapterClock.class);
				assertThat(context.getBeansOfType(Clock.class)).containsOnlyKeys("businessClock", "localClock");
				assertThat(context.getBean("businessClock")).isSameAs(fixed);
				assertThat(context.getBean(AuthAdapterClock.class).clock()).isEqualTo(Clock.systemUTC());
			});
	}

	@Test
	void providesSessionsEmailSignInAndADefaultSecurityFilterChain() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(SessionTokenAuthenticationProvider.class);
			assertThat(context).hasSingleBean(SessionController.class);
			assertThat(context).hasSingleBean(DatabaseUnavailableExceptionResolver.class);
			assertThat(context).hasSingleBean(JpaUserSessions.class);
			assertThat(context).hasSingleBean(EmailSignInController.class);
			assertThat(context).hasSingleBean(DefaultEmailSignInPages.class);
			assertThat(context.getBeanNamesForType(SecurityFilterChain.class))
				.containsExactly("authAdapterSecurityFilterChain");
		});
	}

	@Test
	void signsInInATransactionOfTheJpaTransactionManager() {
		this.contextRunner.run((context) -> assertThat(context.getBean(SignInTransaction.class).rollsBack()).isTrue());
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsSignInTransaction() {
		this.contextRunner
			.withBean("appSignInTransaction", SignInTransaction.class,
					() -> SignInTransaction.of(TransactionOperations.withoutTransaction()))
			.run((context) -> assertThat(context).getBean(SignInTransaction.class)
				.isSameAs(context.getBean("appSignInTransaction")));
	}

	@Test
	void everySignInGoesThroughTheDatabaseSessionsWhoseCookieFilterIsOn() {
		this.contextRunner.run((context) -> {
			assertThat(context).getBean(SignInSessions.class).isInstanceOf(DatabaseSignInSessions.class);
			assertThat(context).hasSingleBean(SessionCookieHttpCustomizer.class);
			assertThat(context).hasSingleBean(SessionFactors.class);
		});
	}

	@Test
	void sessionsOfTheApplicationsOwnReplaceTheDatabaseSessionsAndTheirCookieFilter() {
		this.contextRunner.withBean("ownSessions", SignInSessions.class, OwnSessions::new).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(DatabaseSignInSessions.class);
			assertThat(context).doesNotHaveBean(SessionCookieHttpCustomizer.class);
			assertThat(context).getBean(SessionController.class).isNotNull();
		});
	}

	@Test
	void aPrimarySignInSessionsAddsToTheApplicationsDatabaseSessions() {
		this.contextRunner.withUserConfiguration(AddedToDatabaseSessionsConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBeanNamesForType(DatabaseSignInSessions.class))
				.containsExactly("databaseSignInSessions");
			assertThat(context).hasSingleBean(SessionCookieHttpCustomizer.class);
			assertThat(context.getBean(SignInSessions.class)).isInstanceOf(OwnSessions.class);
		});
	}

	@Test
	void keepsSpringBootFromCreatingAUserWithAGeneratedPassword() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(UserDetailsService.class));
	}

	@Test
	void usesAuthJsSessionLifetimeByDefault() {
		this.contextRunner
			.run((context) -> assertThat(context.getBean(SessionLifetime.class)).isEqualTo(SessionLifetime.defaults()));
	}

	@Test
	void usesTheConfiguredSessionLifetime() {
		this.contextRunner
			.withPropertyValues("auth.adapter.session.max-age=7d", "auth.adapter.session.update-age=1h")
			.run((context) -> assertThat(context.getBean(SessionLifetime.class))
				.isEqualTo(new SessionLifetime(Duration.ofDays(7), Duration.ofHours(1))));
	}

	@Test
	void usesTheConfiguredPageLocations() {
		this.contextRunner
			.withPropertyValues("auth.adapter.pages.sign-in=/login", "auth.adapter.pages.verify-request=/sent")
			.run((context) -> assertThat(context.getBean(PageLocations.class))
				.isEqualTo(new PageLocations("/login", "/sent")));
	}

	@Test
	void backsOffFromTheDefaultSecurityFilterChainWhenTheApplicationDefinesOne() {
		this.contextRunner.withUserConfiguration(OwnSecurityFilterChainConfiguration.class).run((context) -> {
			assertThat(context.getBeanNamesForType(SecurityFilterChain.class)).containsExactly("ownChain");
			assertThat(context).hasSingleBean(SessionController.class);
		});
	}

	@Test
	void backsOffWhenTheApplicationDefinesTheSessionLifetime() {
		this.contextRunner.withBean("ownLifetime", SessionLifetime.class, () -> new SessionLifetime(Duration.ofDays(1),
				Duration.ZERO))
			.run((context) -> assertThat(context.getBeanNamesForType(SessionLifetime.class))
				.containsExactly("ownLifetime"));
	}

	@Test
	void writesLinksToTheLogWhenAskedTo() {
		this.contextRunner.run((context) -> assertThat(context).getBean(MagicLinkSender.class)
			.isInstanceOf(LoggingMagicLinkSender.class));
	}

	@Test
	void failsToStartWithoutAWayOfSendingLinksOutsideTheDevProfile() {
		this.contextRunner.withPropertyValues("auth.adapter.email.log-links=false").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context).getFailure().rootCause().isInstanceOf(NoMagicLinkSenderException.class);
			FailureAnalysis analysis = new NoMagicLinkSenderFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("no way to deliver sign-in links");
			assertThat(analysis.getAction()).contains("spring.mail.host")
				.contains("MagicLinkSender bean")
				.contains("auth.adapter.email.log-links=true")
				.contains("auth.adapter.email.enabled=false");
		});
	}

	@Test
	void writesLinksToTheLogInTheDevProfile() {
		this.contextRunner.withPropertyValues("auth.adapter.email.log-links=false")
			.withInitializer((context) -> context.getEnvironment().setActiveProfiles("dev"))
			.run((context) -> assertThat(context).getBean(MagicLinkSender.class)
				.isInstanceOf(LoggingMagicLinkSender.class));
	}

	@Test
	void refusesASecretShorterThan32BytesOutsideTheDevProfile() {
		this.contextRunner.withPropertyValues("auth.adapter.secret=x").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context).getFailure().rootCause().isInstanceOf(WeakSecretException.class);
			FailureAnalysis analysis = new WeakSecretFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("auth.adapter.secret is 1 bytes long")
				.contains("at least 32 bytes");
			assertThat(analysis.getAction()).contains("AUTH_ADAPTER_SECRET").contains("'dev' profile");
		});
	}

	@Test
	void refusesAShortSecretAmongRotatedOnesNamingIt() {
		this.contextRunner
			.withPropertyValues("auth.adapter.secret=test-secret-of-thirty-two-bytes-or-more,old-and-short")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(WeakSecretException.class)
				.hasMessageContaining("auth.adapter.secret number 2 is 13 bytes long"));
	}

	@Test
	void acceptsAShortSecretInTheDevProfile() {
		this.contextRunner.withPropertyValues("auth.adapter.secret=x")
			.withInitializer((context) -> context.getEnvironment().setActiveProfiles("dev"))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(EmailSignInController.class));
	}

	@Test
	void sendsLinksByEmailWhenAMailServerIsConfigured() {
		this.contextRunner.withPropertyValues("spring.mail.host=localhost", "auth.adapter.email.from=app@example.com")
			.run((context) -> {
				assertThat(context).getBean(MagicLinkSender.class).isInstanceOf(JavaMailMagicLinkSender.class);
			});
	}

	@Test
	void backsOffWhenTheApplicationDefinesAMagicLinkSender() {
		this.contextRunner.withPropertyValues("spring.mail.host=localhost")
			.withBean("ownSender", MagicLinkSender.class, () -> (link) -> {
			})
			.run((context) -> assertThat(context.getBeanNamesForType(MagicLinkSender.class))
				.containsExactly("ownSender"));
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnPages() {
		this.contextRunner.withBean("ownPages", EmailSignInPages.class, DefaultEmailSignInPages::new)
			.run((context) -> assertThat(context.getBeanNamesForType(EmailSignInPages.class))
				.containsExactly("ownPages"));
	}

	@Test
	void failsToStartWithoutASecretOutsideTheDevProfile() {
		this.contextRunner.withPropertyValues("auth.adapter.secret=").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context).getFailure().rootCause().isInstanceOf(MissingSecretException.class);
			FailureAnalysis analysis = new MissingSecretFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("auth.adapter.secret is not set");
			assertThat(analysis.getAction()).contains("AUTH_ADAPTER_SECRET").contains("'dev' profile");
		});
	}

	@Test
	void startsWithoutASecretInTheDevProfile() {
		this.contextRunner.withPropertyValues("auth.adapter.secret=")
			.withInitializer((context) -> context.getEnvironment().setActiveProfiles("dev"))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(EmailSignInController.class));
	}

	@Test
	void emailSignInCanBeTurnedOff() {
		this.contextRunner.withPropertyValues("auth.adapter.email.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(EmailSignInController.class);
			assertThat(context).hasSingleBean(SessionController.class);
		});
	}

	@Test
	void needsASecretForTheCsrfCookieEvenWithEmailSignInOff() {
		this.contextRunner.withPropertyValues("auth.adapter.email.enabled=false", "auth.adapter.secret=")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(MissingSecretException.class)
				.hasMessageContaining("CSRF cookie"));
	}

	@Test
	void keysTheCsrfCookieWithTheSecretAndTakesTheOriginFromTheUrl() {
		this.contextRunner.withPropertyValues("auth.adapter.url=https://app.example.com").run((context) -> {
			assertThat(context).hasSingleBean(AuthJsCsrfTokenRepository.class);
			assertThat(context.getBean(SameOriginPolicy.class).expectedOrigin(new MockHttpServletRequest()))
				.isEqualTo("https://app.example.com");
		});
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnCsrfTokenRepositoryAndOriginPolicy() {
		this.contextRunner
			.withBean("ownCsrf", AuthJsCsrfTokenRepository.class, () -> new AuthJsCsrfTokenRepository("own"))
			.withBean("ownOrigins", SameOriginPolicy.class, () -> SameOriginPolicy.of("https://own.example"))
			.run((context) -> {
				assertThat(context.getBeanNamesForType(AuthJsCsrfTokenRepository.class)).containsExactly("ownCsrf");
				assertThat(context.getBeanNamesForType(SameOriginPolicy.class)).containsExactly("ownOrigins");
			});
	}

	@Test
	void refusesAUrlThatIsNoAddress() {
		this.contextRunner.withPropertyValues("auth.adapter.url=example.com")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("auth.adapter.url 'example.com' is not usable"));
	}

	@Test
	void backsOffWithoutSpringSecurity() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(SecurityFilterChain.class)).run((context) -> {
			assertThat(context).doesNotHaveBean(SessionController.class);
			assertThat(context).doesNotHaveBean(EmailSignInController.class);
		});
	}

	@Test
	void doesNotApplyOutsideAServletWebApplication() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, AuthAdapterAutoConfiguration.class,
					AuthAdapterSecurityAutoConfiguration.class, AuthAdapterEmailAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(SessionController.class);
				assertThat(context).doesNotHaveBean(EmailSignInController.class);
			});
	}

	/**
	 * Sessions of an application's own, which keep nothing.
	 */
	static class OwnSessions implements SignInSessions {

		@Override
		public void start(SignIn signIn, HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public void end(HttpServletRequest request, HttpServletResponse response) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class AddedToDatabaseSessionsConfiguration {

		@Bean
		DatabaseSignInSessions databaseSignInSessions(Adapter adapter, UserSessions userSessions,
				SessionLifetime lifetime, SessionTokenGenerator tokens, SessionFactors factors, AuthAdapterClock clock,
				ApplicationEventPublisher events) {
			return new DatabaseSignInSessions(adapter, userSessions, lifetime, tokens, factors, clock.clock(), events);
		}

		@Bean
		@Primary
		SignInSessions addedSessions(DatabaseSignInSessions sessions) {
			return new OwnSessions();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnSecurityFilterChainConfiguration {

		@Bean
		SecurityFilterChain ownChain(HttpSecurity http) throws Exception {
			return http.build();
		}

	}

}
