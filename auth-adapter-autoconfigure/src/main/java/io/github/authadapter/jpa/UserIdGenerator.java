package io.github.authadapter.jpa;

import java.util.UUID;

/**
 * Generates the ids of new users for schemas whose database generates none, such as Prisma's. Define a bean of this
 * type to use your own ids, such as CUIDs.
 */
@FunctionalInterface
public interface UserIdGenerator {

	/**
	 * Random UUIDs.
	 */
	UserIdGenerator RANDOM_UUID = () -> UUID.randomUUID().toString();

	/**
	 * A new id, unique among users.
	 */
	String generateId();

}
