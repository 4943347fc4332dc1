package io.github.authadapter.jpa;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.Metamodel;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The fields an application's entity adds to the Auth.js columns of its base class, read into and written from the
 * {@code attributes} map of the model records.
 */
final class ExtraAttributes {

	private final String entityName;

	private final Map<String, Field> fields;

	private ExtraAttributes(String entityName, Map<String, Field> fields) {
		this.entityName = entityName;
		this.fields = fields;
	}

	/**
	 * The basic, field-mapped attributes of the entity that its base class does not declare. Entities of another
	 * family, such as the Prisma ones, have none.
	 */
	static ExtraAttributes of(Metamodel metamodel, Class<?> entityType, Class<?> baseClass) {
		Map<String, Field> fields = new TreeMap<>();
		if (!baseClass.isAssignableFrom(entityType)) {
			return new ExtraAttributes(entityType.getSimpleName(), fields);
		}
		for (Attribute<?, ?> attribute : metamodel.entity(entityType).getAttributes()) {
			Class<?> declaringType = attribute.getDeclaringType().getJavaType();
			if (!declaringType.isAssignableFrom(baseClass)
					&& attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.BASIC
					&& attribute.getJavaMember() instanceof Field field) {
				ReflectionUtils.makeAccessible(field);
				fields.put(attribute.getName(), field);
			}
		}
		return new ExtraAttributes(entityType.getSimpleName(), Collections.unmodifiableMap(fields));
	}

	/**
	 * The names of the attributes, in the order in which {@link #read(Object)} returns them.
	 */
	Set<String> names() {
		return this.fields.keySet();
	}

	Map<String, @Nullable Object> read(Object entity) {
		if (this.fields.isEmpty()) {
			return Map.of();
		}
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		this.fields.forEach((name, field) -> values.put(name, ReflectionUtils.getField(field, entity)));
		return values;
	}

	/**
	 * Sets the given attributes on the entity.
	 * @throws IllegalArgumentException for a name the entity has no field for, or a value of the wrong type
	 */
	void write(Object entity, Map<String, @Nullable Object> values) {
		values.forEach((name, value) -> {
			Field field = this.fields.get(name);
			if (field == null) {
				throw new IllegalArgumentException("Unknown attribute '" + name + "': " + this.entityName
						+ " has " + (this.fields.isEmpty() ? "no fields of its own" : this.fields.keySet())
						+ ". Add a field to your entity to store it.");
			}
			if (value == null ? field.getType().isPrimitive()
					: !ClassUtils.resolvePrimitiveIfNecessary(field.getType()).isInstance(value)) {
				throw new IllegalArgumentException("Attribute '" + name + "' of " + this.entityName + " takes a "
						+ field.getType().getSimpleName() + ", not "
						+ ((value != null) ? "a " + value.getClass().getSimpleName() : "null"));
			}
			ReflectionUtils.setField(field, entity, value);
		});
	}

}
