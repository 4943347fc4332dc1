package io.github.authadapter.jpa;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.util.ClassUtils;

/**
 * Adds the default Auth.js entities of the schema to the persistence unit, whatever packages the application
 * scans with {@code @EntityScan}, but leaves out a default entity where the application declares its own entity for
 * that table.
 */
public class DefaultEntitiesManagedTypesPostProcessor implements BeanPostProcessor, BeanClassLoaderAware {

	private final Supplier<List<Class<?>>> defaultEntities;

	private @Nullable ClassLoader classLoader = ClassUtils.getDefaultClassLoader();

	/**
	 * Creates a post-processor that adds the given entities.
	 * @param defaultEntities the default entities, asked for once the persistence unit's types are known, so that
	 * they may depend on the tables the database has by then
	 */
	public DefaultEntitiesManagedTypesPostProcessor(Supplier<List<Class<?>>> defaultEntities) {
		this.defaultEntities = defaultEntities;
	}

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof PersistenceManagedTypes managedTypes) {
			return withDefaultEntities(managedTypes);
		}
		return bean;
	}

	PersistenceManagedTypes withDefaultEntities(PersistenceManagedTypes managedTypes) {
		List<Class<?>> managedClasses = managedTypes.getManagedClassNames()
			.stream()
			.<Class<?>>map((name) -> ClassUtils.resolveClassName(name, this.classLoader))
			.toList();
		List<String> classNames = new ArrayList<>(managedTypes.getManagedClassNames());
		for (Class<?> defaultEntity : this.defaultEntities.get()) {
			Class<?> root = AuthAdapterEntityTypes.ROOT_CLASSES.stream()
				.filter((type) -> type.isAssignableFrom(defaultEntity))
				.findFirst()
				.orElseThrow();
			if (managedClasses.stream().noneMatch(root::isAssignableFrom)) {
				classNames.add(defaultEntity.getName());
			}
		}
		return new ManagedTypes(List.copyOf(classNames), managedTypes.getManagedPackages(),
				managedTypes.getPersistenceUnitRootUrl());
	}

	private record ManagedTypes(List<String> getManagedClassNames, List<String> getManagedPackages,
			@Nullable URL getPersistenceUnitRootUrl) implements PersistenceManagedTypes {

	}

}
