package io.github.authadapter.autoconfigure;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.DelegatingAdapter;
import io.github.authadapter.EmailAlreadyInUseException;
import io.github.authadapter.jpa.JpaAdapter;
import io.github.authadapter.metrics.AdapterCallTimer;
import io.github.authadapter.metrics.SignInMetrics;
import io.github.authadapter.web.SignInFailedEvent;
import io.github.authadapter.web.SignInSucceededEvent;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link AuthAdapterMetricsAutoConfiguration}.
 */
class AuthAdapterMetricsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, AuthAdapterAutoConfiguration.class, MetricsAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
				AuthAdapterMetricsAutoConfiguration.class))
		// Without a URL, each context gets an embedded H2 database of its own.
		.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "auth.adapter.cleanup.cron=-");

	@Test
	void timesEveryCallOfTheStartersAdapterByMethodAndOutcome() {
		this.contextRunner.run((context) -> {
			Adapter adapter = context.getBean(Adapter.class);
			assertThat(AdapterCallTimer.isTimed(adapter)).isTrue();
			adapter.createUser(AdapterUser.withEmail("ada@example.com"));
			adapter.getUserByEmail("ada@example.com");
			adapter.getUserByEmail("grace@example.com");
			assertThatExceptionOfType(EmailAlreadyInUseException.class)
				.isThrownBy(() -> adapter.createUser(AdapterUser.withEmail("ada@example.com")));
			assertThat(calls(context, "createUser", "success")).isOne();
			assertThat(calls(context, "createUser", "EmailAlreadyInUseException")).isOne();
			assertThat(calls(context, "getUserByEmail", "success")).isEqualTo(2);
		});
	}

	@Test
	void registersTheSuccessTimerOfEveryMethodUpFront() {
		this.contextRunner.run((context) -> assertThat(context.getBean(MeterRegistry.class)
			.find(AdapterCallTimer.CALLS)
			.tag("outcome", "success")
			.timers()).hasSize(Adapter.class.getMethods().length));
	}

	@Test
	void timesEveryMethodOfTheAdapterInterface() {
		this.contextRunner.run((context) -> {
			callEveryMethod(context.getBean(Adapter.class));
			assertEveryMethodTimedOnce(context);
		});
	}

	@Test
	void aDelegatingAdapterHandsEveryMethodToItsDelegate() {
		// DelegatingAdapter's forwarding is written by hand, so that subclasses can call super; the timer of the
		// adapter inside shows that no method is missing.
		this.contextRunner.run((context) -> {
			callEveryMethod(new DelegatingAdapter(context.getBean(Adapter.class)) {
			});
			assertEveryMethodTimedOnce(context);
		});
	}

	@Test
	void keepsTheTypeOfTheStartersAdapter() {
		this.contextRunner.run((context) -> {
			JpaAdapter adapter = context.getBean(JpaAdapter.class);
			assertThat(AopUtils.isCglibProxy(adapter)).isTrue();
			adapter.getUser("1");
			assertThat(calls(context, "getUser", "success")).isOne();
		});
	}

	@Test
	void timesAnAdapterOfAFinalClassThroughItsInterface() {
		this.contextRunner.withUserConfiguration(FinalAdapterConfiguration.class).run((context) -> {
			Adapter adapter = context.getBean(Adapter.class);
			assertThat(AopUtils.isJdkDynamicProxy(adapter)).isTrue();
			adapter.getUser("1");
			assertThat(calls(context, "getUser", "success")).isOne();
		});
	}

	@Test
	void timesAnAdapterThatIsAProxyAlreadyAndKeepsItsType() {
		this.contextRunner.withUserConfiguration(TransactionalAdapterConfiguration.class).run((context) -> {
			TransactionalAdapter adapter = context.getBean(TransactionalAdapter.class);
			assertThat(AdapterCallTimer.isTimed(adapter)).isTrue();
			adapter.getUser("1");
			assertThat(adapter.calledInTransaction()).isTrue();
			assertThat(calls(context, "getUser", "success")).isOne();
		});
	}

	@Test
	void timesAnAdapterThatTheApplicationDefines() {
		this.contextRunner.withUserConfiguration(AuthAdapterAutoConfigurationTests.OwnAdapterConfiguration.class)
			.run((context) -> {
				assertThat(context.getBeanNamesForType(Adapter.class)).containsExactly("ownAdapter");
				context.getBean(Adapter.class).getUser("1");
				assertThat(calls(context, "getUser", "success")).isOne();
			});
	}

	@Test
	void leavesTheApplicationsOwnDecoratorOutermost() {
		this.contextRunner.withUserConfiguration(DecoratingConfiguration.class).run((context) -> {
			Adapter adapter = context.getBean(Adapter.class);
			assertThat(adapter).isInstanceOf(AppDecorator.class);
			assertThat(AdapterCallTimer.isTimed(((AppDecorator) adapter).decorated())).isTrue();
			adapter.getUser("1");
			assertThat(calls(context, "getUser", "success")).isOne();
		});
	}

	@Test
	void countsSignInsAndFailuresFromTheirEvents() {
		this.contextRunner.run((context) -> {
			AdapterUser user = new AdapterUser("1", null, "ada@example.com", null, null);
			context.publishEvent(SignInSucceededEvent.byEmail(user));
			context.publishEvent(SignInSucceededEvent.byOAuth("github", user));
			context.publishEvent(SignInSucceededEvent.byOAuth("github", user));
			context.publishEvent(SignInFailedEvent.byOAuth("github", "OAuthAccountNotLinked"));
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get(SignInMetrics.SIGN_INS).tag("method", "email").tag("provider", "email").counter()
				.count()).isOne();
			assertThat(registry.get(SignInMetrics.SIGN_INS).tag("method", "oauth").tag("provider", "github").counter()
				.count()).isEqualTo(2);
			assertThat(registry.get(SignInMetrics.FAILURES)
				.tag("method", "oauth")
				.tag("provider", "github")
				.tag("reason", "OAuthAccountNotLinked")
				.counter()
				.count()).isOne();
		});
	}

	@Test
	void isOffWhenDisabled() {
		this.contextRunner.withPropertyValues("auth.adapter.metrics.enabled=false").run((context) -> {
			assertThat(AdapterCallTimer.isTimed(context.getBean(Adapter.class))).isFalse();
			assertThat(context).doesNotHaveBean(SignInMetrics.class);
		});
	}

	@Test
	void backsOffWithoutMicrometer() {
		withoutSpringBootMetrics().withClassLoader(new FilteredClassLoader("io.micrometer")).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(AdapterCallTimer.isTimed(context.getBean(Adapter.class))).isFalse();
			assertThat(context).doesNotHaveBean(SignInMetrics.class);
		});
	}

	@Test
	void backsOffWithoutAMeterRegistry() {
		withoutSpringBootMetrics().run((context) -> {
			assertThat(AdapterCallTimer.isTimed(context.getBean(Adapter.class))).isFalse();
			assertThat(context).doesNotHaveBean(SignInMetrics.class);
		});
	}

	private static ApplicationContextRunner withoutSpringBootMetrics() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, AuthAdapterAutoConfiguration.class,
					AuthAdapterMetricsAutoConfiguration.class))
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "auth.adapter.cleanup.cron=-");
	}

	/**
	 * Calls every method with null arguments, which make each call fail fast; a failed call is timed like any other.
	 */
	private static void callEveryMethod(Adapter adapter) {
		for (Method method : Adapter.class.getMethods()) {
			Object[] arguments = Arrays.stream(method.getParameterTypes())
				.map((type) -> (type == long.class) ? (Object) 0L : null)
				.toArray();
			try {
				method.invoke(adapter, arguments);
			}
			catch (ReflectiveOperationException ex) {
				// Expected: the arguments are invalid.
			}
		}
	}

	private static void assertEveryMethodTimedOnce(AssertableApplicationContext context) {
		MeterRegistry registry = context.getBean(MeterRegistry.class);
		for (Method method : Adapter.class.getMethods()) {
			assertThat(registry.find(AdapterCallTimer.CALLS)
				.tag("method", method.getName())
				.timers()
				.stream()
				.mapToLong((timer) -> timer.count())
				.sum()).as(method.getName()).isOne();
		}
	}

	private static double calls(AssertableApplicationContext context, String method, String outcome) {
		return context.getBean(MeterRegistry.class)
			.get(AdapterCallTimer.CALLS)
			.tag("method", method)
			.tag("outcome", outcome)
			.timer()
			.count();
	}

	@Configuration(proxyBeanMethods = false)
	static class DecoratingConfiguration {

		@Bean
		static BeanPostProcessor appDecoratorPostProcessor() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof Adapter adapter) ? new AppDecorator(adapter) : bean;
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class FinalAdapterConfiguration {

		@Bean
		FinalAdapter finalAdapter(EntityManagerFactory entityManagerFactory,
				PlatformTransactionManager transactionManager) {
			return new FinalAdapter(JpaAdapter.create(entityManagerFactory, transactionManager));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableTransactionManagement(proxyTargetClass = true)
	static class TransactionalAdapterConfiguration {

		@Bean
		TransactionalAdapter transactionalAdapter(EntityManagerFactory entityManagerFactory,
				PlatformTransactionManager transactionManager) {
			return new TransactionalAdapter(JpaAdapter.create(entityManagerFactory, transactionManager));
		}

	}

	static class TransactionalAdapter extends DelegatingAdapter {

		private volatile boolean calledInTransaction;

		TransactionalAdapter(Adapter delegate) {
			super(delegate);
		}

		@Override
		@Transactional
		public Optional<AdapterUser> getUser(String id) {
			this.calledInTransaction = TransactionSynchronizationManager.isActualTransactionActive();
			return super.getUser(id);
		}

		// A method, not the field, because a class proxy's fields are its own.
		public boolean calledInTransaction() {
			return this.calledInTransaction;
		}

	}

	static final class FinalAdapter extends DelegatingAdapter {

		FinalAdapter(Adapter delegate) {
			super(delegate);
		}

	}

	static class AppDecorator extends DelegatingAdapter {

		AppDecorator(Adapter delegate) {
			super(delegate);
		}

		Adapter decorated() {
			return delegate();
		}

	}

}
