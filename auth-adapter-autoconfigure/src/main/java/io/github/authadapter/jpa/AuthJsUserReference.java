package io.github.authadapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * The {@code userId} column that ties an account, a session or an authenticator to its user, declared once for every
 * schema: its subclasses fix the type of the id, such as {@code Long} for the starter's schema and {@code String} for
 * Prisma's and Drizzle's.
 *
 * @param <K> the type of the users' ids in the schema
 */
@MappedSuperclass
public abstract class AuthJsUserReference<K> {

	@Column(name = AuthJsNames.USER_ID, nullable = false)
	private @Nullable K userId;

	/**
	 * The id of the row's user, null only before the row is given to a user.
	 */
	public @Nullable K getUserId() {
		return this.userId;
	}

	/**
	 * The id of the row's user as the Adapter API carries it.
	 */
	public String authJsUserId() {
		return String.valueOf(this.userId);
	}

	/**
	 * Gives the row to a user, by an id that {@link UserIdType} has read in the schema's type.
	 */
	@SuppressWarnings("unchecked")
	protected void assignUser(Object userId) {
		this.userId = (K) userId;
	}

}
