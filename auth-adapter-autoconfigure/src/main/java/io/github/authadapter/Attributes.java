package io.github.authadapter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Copies of the extra-field maps of the model records: unmodifiable, in a stable order, and allowing null values for
 * columns that are empty.
 */
final class Attributes {

	private Attributes() {
	}

	static Map<String, @Nullable Object> copyOf(@Nullable Map<String, ? extends @Nullable Object> attributes) {
		if (attributes == null || attributes.isEmpty()) {
			return Map.of();
		}
		attributes.forEach((name, value) -> {
			Arguments.requireText(name, "attribute name");
			if (value instanceof String text) {
				Arguments.requireStorable(text, name);
			}
		});
		return Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
	}

}
