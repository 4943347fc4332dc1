package io.github.authadapter.autoconfigure;

import java.time.Clock;
import java.util.List;

import io.github.authadapter.Adapter;
import io.github.authadapter.LiveSignInLinks;
import io.github.authadapter.email.DefaultEmailSignInPages;
import io.github.authadapter.email.EmailSignIn;
import io.github.authadapter.email.EmailSignInController;
import io.github.authadapter.email.EmailSignInPages;
import io.github.authadapter.email.MagicLinkSender;
import io.github.authadapter.email.SignInLinkLimits;
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
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of sign-in by email magic link: {@code POST /api/auth/signin/email} and
 * {@code /api/auth/callback/email}, with links sent by email when a mail server is configured and written to the log
 * otherwise.
 */
@AutoConfiguration(after = { AuthAdapterSecurityAutoConfiguration.class, MailSenderAutoConfiguration.class },
		afterName = SignInLinkLimitsConfigurations.DATA_REDIS_AUTO_CONFIGURATION)
@ConditionalOnBean({ Adapter.class, SignInSessions.class, PageLocations.class, SecureTokens.class, Clock.class })
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

	@Bean
	@ConditionalOnMissingBean
	VerificationTokenHasher authAdapterVerificationTokenHasher(AuthAdapterSecurityProperties properties,
			Environment environment) {
		return new VerificationTokenHasher(AuthAdapterSecret.resolve(properties, environment, "sign-in by email"));
	}

	@Bean
	@ConditionalOnMissingBean
	EmailSignIn authAdapterEmailSignIn(Adapter adapter, VerificationTokenHasher hasher, MagicLinkSender sender,
			SecureTokens tokens, SignInSessions sessions, AuthAdapterEmailProperties properties, Clock clock,
			ObjectProvider<SignInTransaction> transaction,
			ObjectProvider<SignInLinkRateLimiter> rateLimiter, ObjectProvider<LiveSignInLinks> liveLinks) {
		SignInLinkLimits limits = new SignInLinkLimits(rateLimiter.getIfAvailable(SignInLinkRateLimiter::none),
				liveLinks.getIfAvailable(LiveSignInLinks::uncapped), properties.getMaxLiveLinks());
		return new EmailSignIn(adapter, hasher, sender, tokens, sessions, properties.getMaxAge(), clock,
				transaction.getIfAvailable(SignInTransaction::none), limits);
	}

	@Bean
	@ConditionalOnMissingBean
	EmailSignInPages authAdapterEmailSignInPages() {
		return new DefaultEmailSignInPages();
	}

	@Bean
	@ConditionalOnMissingBean
	EmailSignInController authAdapterEmailSignInController(EmailSignIn emailSignIn, EmailSignInPages pages,
			PageLocations locations, TrustedBaseUrl baseUrl) {
		return new EmailSignInController(emailSignIn, pages, locations, baseUrl);
	}

	/**
	 * Auth.js's email provider in {@code /api/auth/providers}.
	 */
	@Bean
	SignInProviders authAdapterEmailSignInProviders() {
		return () -> List.of(new SignInProviders.Provider("email", "Email", "email"));
	}

}
