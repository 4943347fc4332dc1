package io.github.authadapter.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AuthAdapterHealthAutoConfiguration}.
 */
class AuthAdapterHealthAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, AuthAdapterAutoConfiguration.class,
				AuthAdapterHealthAutoConfiguration.class))
		// Without a URL, each context gets an embedded H2 database of its own.
		.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "auth.adapter.cleanup.cron=-");

	@Test
	void reportsTheSchemaVersionAsAuthAdapter() {
		this.contextRunner.run((context) -> {
			Health health = context.getBean("authAdapterHealthIndicator", HealthIndicator.class).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("schemaVersion", "4").containsEntry("expectedVersion", "4");
		});
	}

	@Test
	void reportsNoVersionOfItsOwnForASchemaThatAnAuthJsApplicationOwns() {
		this.contextRunner
			// Tables for the adapter to start on, made by Hibernate here rather than by an Auth.js app.
			.withPropertyValues("auth.adapter.schema.preset=pg-adapter", "spring.jpa.hibernate.ddl-auto=create")
			.run((context) -> {
				Health health = context.getBean(AuthAdapterSchemaHealthIndicator.class).health(true);
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("schemaVersion", "managed by the Auth.js application");
			});
	}

	@Test
	void isOffWhenDisabled() {
		this.contextRunner.withPropertyValues("management.health.authadapter.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(AuthAdapterSchemaHealthIndicator.class));
	}

	@Test
	void backsOffWithoutSpringBootHealth() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(AuthAdapterSchemaHealthIndicator.class));
	}

}
