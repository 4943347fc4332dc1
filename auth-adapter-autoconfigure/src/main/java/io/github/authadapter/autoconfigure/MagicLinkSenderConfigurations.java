package io.github.authadapter.autoconfigure;

import io.github.authadapter.email.JavaMailMagicLinkSender;
import io.github.authadapter.email.LoggingMagicLinkSender;
import io.github.authadapter.email.MagicLinkSender;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The ways of sending sign-in links, imported by {@link AuthAdapterEmailAutoConfiguration} in order of preference.
 * They are not nested in the auto-configuration, whose member classes would be registered in no guaranteed order.
 */
abstract class MagicLinkSenderConfigurations {

	private MagicLinkSenderConfigurations() {
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(JavaMailSender.class)
	@ConditionalOnBean(JavaMailSender.class)
	static class JavaMailSenderConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MagicLinkSender authAdapterMagicLinkSender(JavaMailSender mailSender, AuthAdapterEmailProperties properties) {
			return new JavaMailMagicLinkSender(mailSender, properties.getFrom(), properties.getSubject());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class LoggingSenderConfiguration {

		/**
		 * Links in the log, where the application asked for it or runs in the dev profile; anywhere else a link
		 * in the log would let anyone who reads it sign in, so the application does not start without a sender.
		 */
		@Bean
		@ConditionalOnMissingBean
		MagicLinkSender authAdapterMagicLinkSender(AuthAdapterEmailProperties properties, Environment environment) {
			if (properties.isLogLinks()) {
				AuthAdapterEmailAutoConfiguration.logger.info("Sign-in links are written to the log, as "
						+ "auth.adapter.email.log-links asks: anyone who reads the log can sign in as anyone");
			}
			else if (environment.matchesProfiles(AuthAdapterEmailAutoConfiguration.DEV_PROFILE)) {
				AuthAdapterEmailAutoConfiguration.logger.info("Sign-in links are written to the log in the 'dev' "
						+ "profile: no mail server and no MagicLinkSender bean");
			}
			else {
				throw new NoMagicLinkSenderException();
			}
			return new LoggingMagicLinkSender();
		}

	}

}
