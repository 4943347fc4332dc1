package io.github.authadapter.autoconfigure;

import io.github.authadapter.firewall.MalformedPathFilter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.server.RequestPath;

/**
 * Auto-configuration of the filter that answers 400, before every other filter, to a request whose path cannot be
 * decoded.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ RequestPath.class, FilterRegistrationBean.class })
public final class AuthAdapterFirewallAutoConfiguration {

	/**
	 * The name of the filter's registration bean, which an application's bean of the same name replaces.
	 */
	public static final String MALFORMED_PATH_FILTER = "authAdapterMalformedPathFilter";

	/**
	 * The order of the filter.
	 */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	// Before every filter that parses the path or reads a parameter (Spring Security's chain parses the path before
	// its firewall runs), but after the character encoding filter, which must choose the encoding of parameters first.
	@Bean(MALFORMED_PATH_FILTER)
	@ConditionalOnMissingBean(name = MALFORMED_PATH_FILTER)
	FilterRegistrationBean<MalformedPathFilter> authAdapterMalformedPathFilter() {
		FilterRegistrationBean<MalformedPathFilter> registration = new FilterRegistrationBean<>(
				new MalformedPathFilter());
		registration.setOrder(ORDER);
		return registration;
	}

}
