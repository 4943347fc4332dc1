package io.github.authadapter.autoconfigure;

import io.github.authadapter.email.JavaMailMagicLinkSender;
import io.github.authadapter.email.LoggingMagicLinkSender;
import io.github.authadapter.email.MagicLinkSender;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

		@Bean
		@ConditionalOnMissingBean
		MagicLinkSender authAdapterMagicLinkSender() {
			AuthAdapterEmailAutoConfiguration.logger.warn("Sign-in links are written to the log. Set spring.mail.host, "
					+ "or define a MagicLinkSender bean, to send them by email");
			return new LoggingMagicLinkSender();
		}

	}

}
