package io.github.authadapter.autoconfigure;

import java.util.Map;

import io.github.authadapter.jpa.AuthAdapterNamingStrategy;
import io.github.authadapter.jpa.SchemaNames;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.cfg.MappingSettings;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.util.ClassUtils;

/**
 * Wraps the application's physical naming strategy in {@link AuthAdapterNamingStrategy} with the configured names.
 */
class SchemaNamingHibernatePropertiesCustomizer implements HibernatePropertiesCustomizer {

	private final SchemaNames names;

	SchemaNamingHibernatePropertiesCustomizer(SchemaNames names) {
		this.names = names;
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		PhysicalNamingStrategy configured = strategy(
				hibernateProperties.get(MappingSettings.PHYSICAL_NAMING_STRATEGY));
		hibernateProperties.put(MappingSettings.PHYSICAL_NAMING_STRATEGY,
				new AuthAdapterNamingStrategy(configured, this.names));
	}

	private static PhysicalNamingStrategy strategy(Object configured) {
		if (configured instanceof PhysicalNamingStrategy strategy) {
			return strategy;
		}
		if (configured instanceof Class<?> type) {
			return (PhysicalNamingStrategy) BeanUtils.instantiateClass(type);
		}
		if (configured instanceof String className) {
			return (PhysicalNamingStrategy) BeanUtils
				.instantiateClass(ClassUtils.resolveClassName(className, null));
		}
		return PhysicalNamingStrategyStandardImpl.INSTANCE;
	}

}
