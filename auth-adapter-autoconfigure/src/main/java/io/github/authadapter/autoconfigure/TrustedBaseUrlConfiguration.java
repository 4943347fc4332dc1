package io.github.authadapter.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;

import io.github.authadapter.web.AuthRoutes;
import io.github.authadapter.web.PageLocations;
import io.github.authadapter.web.ProvidersController;
import io.github.authadapter.web.SignInProviders;
import io.github.authadapter.web.TrustedBaseUrl;
import io.github.authadapter.web.UntrustedHostFilter;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The application's trusted address for links and redirects, the filter that refuses requests for other hosts, and
 * {@code /api/auth/providers}: shared by sign-in by email and with OAuth, and only there, so that an application
 * that only reads sessions needs no address.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthAdapterSecurityProperties.class)
class TrustedBaseUrlConfiguration {

	/**
	 * Auth.js's variable for the address of the application.
	 */
	static final String AUTH_URL = "AUTH_URL";

	@Bean
	@ConditionalOnMissingBean
	TrustedBaseUrl authAdapterTrustedBaseUrl(AuthAdapterSecurityProperties properties, Environment environment) {
		URI configured = configuredUrl(properties, environment);
		List<String> trustedHosts = properties.getTrustedHosts().stream().filter(StringUtils::hasText).toList();
		if (configured == null && trustedHosts.isEmpty()) {
			if (environment.matchesProfiles(AuthAdapterEmailAutoConfiguration.DEV_PROFILE)) {
				return TrustedBaseUrl.anyHost();
			}
			throw InvalidBaseUrlException.missing();
		}
		try {
			return TrustedBaseUrl.of(configured, trustedHosts);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidBaseUrlException("auth.adapter.trusted-hosts is not usable: " + ex.getMessage());
		}
	}

	/**
	 * Runs before Spring Security's filters, so that nothing is stored or sent for a refused request, and after
	 * Spring's {@code ForwardedHeaderFilter}, so that it sees the host that the proxy forwarded.
	 */
	@Bean
	FilterRegistrationBean<UntrustedHostFilter> authAdapterUntrustedHostFilter(TrustedBaseUrl baseUrl,
			PageLocations pages) {
		FilterRegistrationBean<UntrustedHostFilter> registration = new FilterRegistrationBean<>(
				new UntrustedHostFilter(baseUrl, new LinkedHashSet<>(List.of(pages.signIn(), pages.verifyRequest()))));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
		return registration;
	}

	@Bean
	@ConditionalOnMissingBean
	ProvidersController authAdapterProvidersController(TrustedBaseUrl baseUrl,
			ObjectProvider<SignInProviders> providers) {
		return new ProvidersController(baseUrl, providers.orderedStream().toList());
	}

	private static @Nullable URI configuredUrl(AuthAdapterSecurityProperties properties, Environment environment) {
		if (StringUtils.hasText(properties.getUrl())) {
			return validated("auth.adapter.url", properties.getUrl().strip(), false);
		}
		String authUrl = environment.getProperty(AUTH_URL);
		if (StringUtils.hasText(authUrl)) {
			return validated(AUTH_URL, authUrl.strip(), true);
		}
		return null;
	}

	/**
	 * The address without a trailing slash. Auth.js reads the path of {@code AUTH_URL} as the base path of its
	 * endpoints, so there a trailing {@value AuthRoutes#BASE_PATH} is the endpoints' and not the application's.
	 */
	private static URI validated(String name, String value, boolean authJsBasePath) {
		URI uri;
		try {
			uri = new URI(value);
		}
		catch (URISyntaxException ex) {
			throw invalid(name, value, "it is not a URL");
		}
		if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
			throw invalid(name, value, "it does not start with https:// or http://");
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null) {
			throw invalid(name, value, "it has no host name, or has a user name in it");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw invalid(name, value, "it has a query or fragment, which links cannot be appended to");
		}
		String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		if (authJsBasePath && path.endsWith(AuthRoutes.BASE_PATH)) {
			path = path.substring(0, path.length() - AuthRoutes.BASE_PATH.length());
		}
		return URI.create(uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getRawAuthority() + path);
	}

	private static InvalidBaseUrlException invalid(String name, String value, String reason) {
		return new InvalidBaseUrlException(name + " '" + value + "' is not usable: " + reason);
	}

}
