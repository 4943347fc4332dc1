package io.github.authadapter.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.Ordered;

/**
 * Tells Spring Boot that {@link AuthAdapterSchemaInitializer} initializes the database, so that JPA and every other
 * initializer, the application's Flyway among them, wait for it.
 */
class AuthAdapterSchemaInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(AuthAdapterSchemaInitializer.class);
	}

	/**
	 * First of all detectors, so their initializers run after this one.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
