package io.github.authadapter.autoconfigure;

import io.github.authadapter.email.EmailSignInErrorController;
import io.github.authadapter.email.EmailSignInPages;
import io.github.authadapter.web.PageLocations;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auth.js's error page, {@code GET /api/auth/error}, for an application that signs in by email without OAuth. It
 * comes after both sign-in auto-configurations, so that it can tell whether the OAuth error page is there.
 */
// By name: the OAuth auto-configuration's classes are absent without Spring Security's OAuth client.
@AutoConfiguration(after = AuthAdapterEmailAutoConfiguration.class,
		afterName = "io.github.authadapter.autoconfigure.AuthAdapterOAuthAutoConfiguration")
@ConditionalOnBean({ EmailSignInPages.class, PageLocations.class })
@ConditionalOnMissingBean(type = "io.github.authadapter.oauth.OAuthErrorController")
public final class AuthAdapterErrorPageAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	EmailSignInErrorController authAdapterEmailSignInErrorController(EmailSignInPages pages, PageLocations locations) {
		return new EmailSignInErrorController(pages, locations);
	}

}
