package io.github.authadapter.autoconfigure;

import java.util.Map;

import io.github.authadapter.autoconfigure.AuthAdapterSecurityProperties.SessionStrategy;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets the web server carry the cookies of JWT sessions: a token of ten kilobytes of claims travels as four chunked
 * cookies of some 14 KB, over the 8 KB of request and response headers that Tomcat takes by default, which would
 * answer a 400 to the request and fail the sign-in's response. Where JWT sessions are accepted, the limits default to
 * 64 KB, the most that the starter decodes; the application's own {@code server.max-http-request-header-size} and
 * {@code server.tomcat.max-http-response-header-size} take precedence.
 */
final class JwtSessionHeaderSizes implements EnvironmentPostProcessor, Ordered {

	static final String SIZE = "64KB";

	static final String SOURCE = "authAdapterJwtSessionHeaderSizes";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		AuthAdapterSecurityProperties properties;
		try {
			properties = Binder.get(environment)
				.bind("auth.adapter", AuthAdapterSecurityProperties.class)
				.orElseGet(AuthAdapterSecurityProperties::new);
		}
		catch (RuntimeException ex) {
			// A value that does not bind is reported when the auto-configuration binds it.
			return;
		}
		if (properties.getSession().accepted().contains(SessionStrategy.JWT)) {
			// Last, so that every property source of the application's own wins.
			environment.getPropertySources()
				.addLast(new MapPropertySource(SOURCE, Map.of("server.max-http-request-header-size", SIZE,
						"server.tomcat.max-http-response-header-size", SIZE)));
		}
	}

	/**
	 * After the application's configuration files have been read.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
