package io.github.authadapter.autoconfigure;

import io.github.authadapter.Adapter;
import io.github.authadapter.metrics.MeteredAdapter;
import io.github.authadapter.metrics.SignInMetrics;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Auto-configuration of Micrometer metrics: a timer of every {@link Adapter} call, and counters of sign-ins and failed
 * sign-ins, when the application has a {@link MeterRegistry}, as Spring Boot Actuator provides.
 */
@AutoConfiguration(after = { MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
		SimpleMetricsExportAutoConfiguration.class, AuthAdapterAutoConfiguration.class,
		AuthAdapterSecurityAutoConfiguration.class, AuthAdapterEmailAutoConfiguration.class,
		AuthAdapterOAuthAutoConfiguration.class })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "auth.adapter.metrics.enabled", matchIfMissing = true)
@EnableConfigurationProperties(AuthAdapterMetricsProperties.class)
public final class AuthAdapterMetricsAutoConfiguration {

	/**
	 * Wraps every {@link Adapter} bean, the starter's or the application's, in a {@link MeteredAdapter}.
	 */
	@Bean
	static MeteredAdapterPostProcessor authAdapterMeteredAdapterPostProcessor(ObjectProvider<MeterRegistry> registry) {
		return new MeteredAdapterPostProcessor(registry);
	}

	@Bean
	@ConditionalOnMissingBean
	SignInMetrics authAdapterSignInMetrics(MeterRegistry registry) {
		return new SignInMetrics(registry);
	}

	/**
	 * Ordered, so that it runs before the post-processors of the application, which are not: the timer then measures
	 * the adapter itself, and an application's decorator stays the outermost, the bean that others get. The bean
	 * method declares this type, not {@link BeanPostProcessor}, because Spring reads the order from the declared type.
	 */
	static final class MeteredAdapterPostProcessor implements BeanPostProcessor, Ordered {

		private final ObjectProvider<MeterRegistry> registry;

		MeteredAdapterPostProcessor(ObjectProvider<MeterRegistry> registry) {
			this.registry = registry;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof Adapter adapter && !(bean instanceof MeteredAdapter)) {
				return new MeteredAdapter(adapter, this.registry.getObject());
			}
			return bean;
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
