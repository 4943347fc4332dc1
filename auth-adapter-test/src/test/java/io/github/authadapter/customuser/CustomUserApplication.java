package io.github.authadapter.customuser;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/**
 * An application with its own user entity and a migration that adds its columns.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EntityScan(basePackageClasses = AppUser.class)
public class CustomUserApplication {

	/**
	 * The property that points the application's Flyway at its migration.
	 */
	public static final String MIGRATIONS = "spring.flyway.locations=classpath:db/custom-user";

}
