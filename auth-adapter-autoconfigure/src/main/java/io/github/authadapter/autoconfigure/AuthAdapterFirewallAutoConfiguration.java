package io.github.authadapter.autoconfigure;

import io.github.authadapter.firewall.MalformedRequestFilter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.server.RequestPath;

/**
 * Auto-configuration of the filter that answers 400, before every other filter, to a request whose path, query or
 * form cannot be decoded.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ RequestPath.class, FilterRegistrationBean.class })
public final class AuthAdapterFirewallAutoConfiguration {

	/**
	 * The name of the filter's registration bean, which an application's bean of the same name replaces.
	 */
	public static final String MALFORMED_REQUEST_FILTER = "authAdapterMalformedRequestFilter";

	/**
	 * The order of the filter.
	 */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	// Before every filter that parses the path or reads a parameter (Spring Security's chain parses the path before
	// its firewall runs), but after the character encoding filter, which must choose the encoding of parameters first.
	@Bean(MALFORMED_REQUEST_FILTER)
	@ConditionalOnMissingBean(name = MALFORMED_REQUEST_FILTER)
	FilterRegistrationBean<MalformedRequestFilter> authAdapterMalformedRequestFilter() {
		FilterRegistrationBean<MalformedRequestFilter> registration = new FilterRegistrationBean<>(
				new MalformedRequestFilter());
		registration.setOrder(ORDER);
		return registration;
	}

}
