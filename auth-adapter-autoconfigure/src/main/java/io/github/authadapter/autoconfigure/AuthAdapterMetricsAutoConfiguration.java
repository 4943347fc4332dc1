package io.github.authadapter.autoconfigure;

import java.util.function.Supplier;

import io.github.authadapter.Adapter;
import io.github.authadapter.metrics.AdapterCallTimer;
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
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.function.SingletonSupplier;

/**
 * Auto-configuration of Micrometer metrics: a timer of every {@link Adapter} call, and counters of sign-ins and failed
 * sign-ins, when the application has a {@link MeterRegistry}, as Spring Boot Actuator provides.
 */
// Spring Boot's metrics by name: Micrometer may be on the classpath without them, and a class literal of a missing
// module fails the reading of this annotation with a warning at every start.
@AutoConfiguration(
		after = { AuthAdapterAutoConfiguration.class, AuthAdapterSecurityAutoConfiguration.class,
				AuthAdapterEmailAutoConfiguration.class, AuthAdapterOAuthAutoConfiguration.class },
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple."
						+ "SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "auth.adapter.metrics.enabled", matchIfMissing = true)
@EnableConfigurationProperties(AuthAdapterMetricsProperties.class)
public final class AuthAdapterMetricsAutoConfiguration {

	/**
	 * Times every {@link Adapter} bean, the starter's or the application's, with an {@link AdapterCallTimer}.
	 */
	@Bean
	static TimedAdapterPostProcessor authAdapterTimedAdapterPostProcessor(ObjectProvider<MeterRegistry> registry) {
		return new TimedAdapterPostProcessor(registry);
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
	static final class TimedAdapterPostProcessor implements BeanPostProcessor, Ordered {

		// Built on the first adapter, not with the post-processor, which comes before the registry's own beans.
		private final Supplier<AdapterCallTimer> timer;

		TimedAdapterPostProcessor(ObjectProvider<MeterRegistry> registry) {
			this.timer = SingletonSupplier.of(() -> new AdapterCallTimer(registry.getObject()));
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof Adapter adapter && !AdapterCallTimer.isTimed(bean)) {
				return this.timer.get().timed(adapter);
			}
			return bean;
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
