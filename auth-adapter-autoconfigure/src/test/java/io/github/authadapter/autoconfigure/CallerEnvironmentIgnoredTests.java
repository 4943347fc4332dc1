package io.github.authadapter.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The environment variables of the shell that runs the tests reach no Spring environment of the tests, neither a
 * context runner's nor a {@code SpringApplication}'s: the root pom sets Spring's {@code spring.getenv.ignore}, so
 * that an {@code AUTH_URL}, {@code AUTH_ADAPTER_SECRET} or {@code SPRING_DATASOURCE_URL} set for a real application
 * cannot reconfigure what a test starts.
 */
class CallerEnvironmentIgnoredTests {

	@Test
	void aContextRunnerSeesNoEnvironmentVariable() {
		Map.Entry<String, String> variable = anyEnvironmentVariable();
		new ApplicationContextRunner().run((context) -> {
			assertThat(context.getEnvironment().getProperty(variable.getKey())).isNull();
			assertThat(context.getEnvironment().getSystemEnvironment()).isEmpty();
		});
	}

	@Test
	void aSpringApplicationSeesNoEnvironmentVariable() {
		Map.Entry<String, String> variable = anyEnvironmentVariable();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
			.web(WebApplicationType.NONE)
			.run("--spring.main.banner-mode=off")) {
			assertThat(context.getEnvironment().getProperty(variable.getKey())).isNull();
			assertThat(context.getEnvironment().getSystemEnvironment()).isEmpty();
		}
	}

	/**
	 * One of the process's variables, which a process started by Maven always has (PATH, at least).
	 */
	private static Map.Entry<String, String> anyEnvironmentVariable() {
		assertThat(System.getenv()).as("the test process's environment variables").isNotEmpty();
		return System.getenv().entrySet().iterator().next();
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
