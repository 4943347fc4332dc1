package io.github.authadapter.benchmarks;

import io.github.authadapter.Adapter;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application whose {@link Adapter} is measured: Spring Boot's auto-configuration with the starter, Hikari and
 * the starter's migrations, as an application gets them, on the benchmark's database.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BenchmarkApplication {

	/**
	 * Starts the application on the given database with a Hikari pool of the given size.
	 */
	static ConfigurableApplicationContext start(String jdbcUrl, BenchmarkSettings settings) {
		return new SpringApplicationBuilder(BenchmarkApplication.class).web(WebApplicationType.NONE)
			// Arguments, which outrank a SPRING_DATASOURCE_URL or the like in the environment: the benchmark measures
			// the database it was given. The application has no migrations of its own; the starter's run on their own
			// Flyway regardless.
			.run("--spring.main.banner-mode=off", "--logging.level.root=WARN", "--spring.flyway.enabled=false",
					"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + settings.username(),
					"--spring.datasource.password=" + settings.password(),
					"--spring.datasource.hikari.maximum-pool-size=" + settings.poolSize());
	}

}
