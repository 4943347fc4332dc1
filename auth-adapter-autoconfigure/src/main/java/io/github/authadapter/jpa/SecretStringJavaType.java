package io.github.authadapter.jpa;

import org.hibernate.type.descriptor.java.StringJavaType;

/**
 * A text column that holds a secret, such as a session token. Hibernate prints the state of entities and their ids at
 * debug level, and bound values at trace level; this type makes them print {@value #HIDDEN} instead of the value.
 */
public class SecretStringJavaType extends StringJavaType {

	/**
	 * What log lines show instead of a secret.
	 */
	public static final String HIDDEN = "[hidden]";

	@Override
	public String extractLoggableRepresentation(String value) {
		return (value != null) ? HIDDEN : "null";
	}

}
