package io.github.authadapter.autoconfigure;

import io.github.authadapter.firewall.MalformedRequestFilter;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AuthAdapterFirewallAutoConfiguration}.
 */
class AuthAdapterFirewallAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AuthAdapterFirewallAutoConfiguration.class));

	@Test
	void registersTheMalformedRequestFilterBeforeSpringSecurity() {
		this.contextRunner.run((context) -> {
			FilterRegistrationBean<?> registration = context.getBean(
					AuthAdapterFirewallAutoConfiguration.MALFORMED_REQUEST_FILTER, FilterRegistrationBean.class);
			assertThat(registration.getFilter()).isInstanceOf(MalformedRequestFilter.class);
			assertThat(registration.getOrder()).isLessThan(-100);
		});
	}

	@Test
	void backsOffWhenTheApplicationDefinesABeanOfTheSameName() {
		this.contextRunner.withUserConfiguration(OwnRegistration.class)
			.run((context) -> assertThat(context.getBean(AuthAdapterFirewallAutoConfiguration.MALFORMED_REQUEST_FILTER))
				.isSameAs(OwnRegistration.REGISTRATION));
	}

	@Test
	void isOffOutsideAServletWebApplication() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AuthAdapterFirewallAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(FilterRegistrationBean.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnRegistration {

		static final FilterRegistrationBean<MalformedRequestFilter> REGISTRATION = new FilterRegistrationBean<>(
				new MalformedRequestFilter());

		@Bean(AuthAdapterFirewallAutoConfiguration.MALFORMED_REQUEST_FILTER)
		FilterRegistrationBean<MalformedRequestFilter> authAdapterMalformedRequestFilter() {
			return REGISTRATION;
		}

	}

}
