package io.github.authadapter.jpa;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.util.ClassUtils;

/**
 * Adds the default Auth.js entities to the persistence unit, whatever packages the application scans with
 * {@code @EntityScan}, but leaves out a default entity where the application declares its own subclass of that
 * table's base class.
 */
public class DefaultEntitiesManagedTypesPostProcessor implements BeanPostProcessor, BeanClassLoaderAware {

	private @Nullable ClassLoader classLoader = ClassUtils.getDefaultClassLoader();

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
		for (int i = 0; i < AuthAdapterEntityTypes.BASE_CLASSES.size(); i++) {
			Class<?> base = AuthAdapterEntityTypes.BASE_CLASSES.get(i);
			if (managedClasses.stream().noneMatch(base::isAssignableFrom)) {
				classNames.add(AuthAdapterEntityTypes.DEFAULT_ENTITIES.get(i).getName());
			}
		}
		return new ManagedTypes(List.copyOf(classNames), managedTypes.getManagedPackages(),
				managedTypes.getPersistenceUnitRootUrl());
	}

	private record ManagedTypes(List<String> getManagedClassNames, List<String> getManagedPackages,
			@Nullable URL getPersistenceUnitRootUrl) implements PersistenceManagedTypes {

	}

}
