package io.github.authadapter.jpa;

import java.util.Optional;

/**
 * How a schema keys its users: by numbers that the database generates, or by text that the application generates.
 * It reads the string ids of the Adapter API as the ids of the database.
 */
public enum UserIdType {

	/**
	 * {@code BIGINT} ids from an identity column, as in the starter's schema and @auth/pg-adapter's.
	 */
	NUMERIC {

		@Override
		public Optional<Object> parse(String id) {
			try {
				return Optional.of(Long.parseLong(id.trim()));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}

	},

	/**
	 * UUIDs, as in the Kysely adapter's schema; a string that is no UUID is no row's id.
	 */
	UUID {

		@Override
		public Optional<Object> parse(String id) {
			try {
				return Optional.of(java.util.UUID.fromString(id.trim()));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}

	},

	/**
	 * Text ids that the application generates, as in Prisma's schema.
	 */
	TEXT {

		@Override
		public Optional<Object> parse(String id) {
			return Optional.of(id);
		}

	};

	/**
	 * The database's id for an id of the Adapter API, or empty for a string that no row can have as its id.
	 */
	public abstract Optional<Object> parse(String id);

	/**
	 * The id type of a user entity's id attribute.
	 */
	static UserIdType of(Class<?> idJavaType) {
		if (idJavaType == java.util.UUID.class) {
			return UUID;
		}
		return (idJavaType == String.class) ? TEXT : NUMERIC;
	}

}
