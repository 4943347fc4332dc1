package io.github.authadapter.autoconfigure;

import java.util.List;

import io.github.authadapter.Adapter;
import io.github.authadapter.LiveSignInLinks;
import io.github.authadapter.email.AuthJsOneTimeTokenService;
import io.github.authadapter.email.DefaultEmailSignInPages;
import io.github.authadapter.email.EmailSignIn;
import io.github.authadapter.email.EmailSignInAnswers;
import io.github.authadapter.email.EmailSignInController;
import io.github.authadapter.email.EmailSignInFailureHandler;
import io.github.authadapter.email.EmailSignInHttpCustomizer;
import io.github.authadapter.email.EmailSignInPages;
import io.github.authadapter.email.EmailSignInSuccessHandler;
import io.github.authadapter.email.MagicLinkSender;
import io.github.authadapter.email.MagicLinkSendingHandler;
import io.github.authadapter.email.SignInLinkAuthenticationProvider;
import io.github.authadapter.email.SignInLinkLimits;
import io.github.authadapter.email.SignInLinkRequestResolver;
import io.github.authadapter.email.VerificationTokenHasher;
import io.github.authadapter.ratelimit.SignInLinkRateLimiter;
import io.github.authadapter.web.PageLocations;
import io.github.authadapter.web.SecureTokens;
import io.github.authadapter.web.SignInProviders;
import io.github.authadapter.web.SignInSessions;
import io.github.authadapter.web.SignInTransaction;
import io.github.authadapter.web.TrustedBaseUrl;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Auto-configuration of sign-in by email magic link: {@code POST /api/auth/signin/email} and
 * {@code /api/auth/callback/email}, with links sent by email when a mail server is configured and written to the log
 * otherwise.
 */
// Mail and Redis by name: a class literal of a module the application may lack fails the reading of this annotation.
@AutoConfiguration(after = AuthAdapterSecurityAutoConfiguration.class,
		afterName = { AuthAdapterEmailAutoConfiguration.MAIL_SENDER_AUTO_CONFIGURATION,
				SignInLinkLimitsConfigurations.DATA_REDIS_AUTO_CONFIGURATION })
@ConditionalOnBean({ Adapter.class, SignInSessions.class, PageLocations.class, SecureTokens.class,
		AuthAdapterClock.class })
@ConditionalOnBooleanProperty(name = "auth.adapter.email.enabled", matchIfMissing = true)
@EnableConfigurationProperties({ AuthAdapterEmailProperties.class, AuthAdapterSecurityProperties.class })
@Import({ TrustedBaseUrlConfiguration.class, MagicLinkSenderConfigurations.JavaMailSenderConfiguration.class,
		MagicLinkSenderConfigurations.LoggingSenderConfiguration.class,
		SignInLinkLimitsConfigurations.RedisRateLimiterConfiguration.class,
		SignInLinkLimitsConfigurations.RedisRequiredConfiguration.class,
		SignInLinkLimitsConfigurations.DatabaseRateLimiterConfiguration.class,
		SignInLinkLimitsConfigurations.JpaLiveSignInLinksConfiguration.class })
public final class AuthAdapterEmailAutoConfiguration {

	/**
	 * The profile in which the application may run without {@code auth.adapter.secret}.
	 */
	public static final String DEV_PROFILE = "dev";

	/**
	 * The secret of the dev profile. It is public, so links hashed with it protect nothing.
	 */
	static final String DEV_SECRET = "auth-adapter-dev-secret-do-not-use-in-production";

	static final Log logger = LogFactory.getLog(AuthAdapterEmailAutoConfiguration.class);

	static final String MAIL_SENDER_AUTO_CONFIGURATION = "org.springframework.boot.mail.autoconfigure."
			+ "MailSenderAutoConfiguration";

	@Bean
	@ConditionalOnMissingBean
	VerificationTokenHasher authAdapterVerificationTokenHasher(AuthAdapterSecurityProperties properties,
			Environment environment) {
		return new VerificationTokenHasher(AuthAdapterSecret.resolve(properties, environment, "sign-in by email"));
	}

	/**
	 * Spring Security's one-time tokens in Auth.js's verification tokens, within the limits on sign-in links.
	 */
	@Bean
	@ConditionalOnMissingBean
	OneTimeTokenService authAdapterOneTimeTokenService(Adapter adapter, VerificationTokenHasher hasher,
			SecureTokens tokens, AuthAdapterEmailProperties properties, AuthAdapterClock clock,
			ObjectProvider<SignInLinkRateLimiter> rateLimiter, ObjectProvider<LiveSignInLinks> liveLinks) {
		SignInLinkLimits limits = new SignInLinkLimits(rateLimiter.getIfAvailable(SignInLinkRateLimiter::none),
				liveLinks.getIfAvailable(LiveSignInLinks::uncapped), properties.getMaxLiveLinks());
		return new AuthJsOneTimeTokenService(adapter, hasher, tokens, limits, clock.clock());
	}

	@Bean
	@ConditionalOnMissingBean
	EmailSignIn authAdapterEmailSignIn(Adapter adapter, OneTimeTokenService tokens, MagicLinkSender sender,
			SignInSessions sessions, AuthAdapterEmailProperties properties, AuthAdapterClock clock,
			ObjectProvider<SignInTransaction> transaction) {
		return new EmailSignIn(adapter, tokens, sender, sessions, properties.getMaxAge(), clock.clock(),
				transaction.getIfAvailable(() -> SignInTransaction.of(TransactionOperations.withoutTransaction())));
	}

	@Bean
	@ConditionalOnMissingBean
	EmailSignInPages authAdapterEmailSignInPages() {
		return new DefaultEmailSignInPages();
	}

	@Bean
	@ConditionalOnMissingBean
	EmailSignInController authAdapterEmailSignInController(EmailSignInPages pages, PageLocations locations,
			TrustedBaseUrl baseUrl) {
		return new EmailSignInController(pages, locations, baseUrl);
	}

	/**
	 * Sign-in by email on {@code oneTimeTokenLogin()}, in every chain that applies the starter's configurer.
	 */
	@Bean
	@ConditionalOnMissingBean
	EmailSignInHttpCustomizer authAdapterEmailSignInHttpCustomizer(EmailSignIn emailSignIn, OneTimeTokenService tokens,
			EmailSignInPages pages, PageLocations locations, TrustedBaseUrl baseUrl, AuthAdapterClock clock,
			ApplicationEventPublisher events) {
		EmailSignInAnswers answers = new EmailSignInAnswers(pages, locations, baseUrl);
		return new EmailSignInHttpCustomizer(tokens, new SignInLinkRequestResolver(emailSignIn.linkMaxAge()),
				new MagicLinkSendingHandler(emailSignIn, baseUrl, answers),
				new SignInLinkAuthenticationProvider(tokens, clock.clock()),
				new EmailSignInSuccessHandler(emailSignIn),
				new EmailSignInFailureHandler(answers, events), answers);
	}

	/**
	 * Auth.js's email provider in {@code /api/auth/providers}.
	 */
	@Bean
	SignInProviders authAdapterEmailSignInProviders() {
		return () -> List.of(new SignInProviders.Provider("email", "Email", "email"));
	}

}
