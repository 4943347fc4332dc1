package io.github.authadapter.sample;

import io.github.authadapter.jpa.AbstractUserEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The sample app's user: the Auth.js columns and a role of its own. Because it extends {@link AbstractUserEntity},
 * the starter uses it instead of its default user entity, and the role reaches {@code AdapterUser.attributes()}.
 */
@Entity
@Table(name = "users")
public class InkwellUser extends AbstractUserEntity {

	/**
	 * The role of a new user, as the migration's column default has it.
	 */
	public static final String DEFAULT_ROLE = "user";

	@Column(nullable = false)
	private String role = DEFAULT_ROLE;

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

}
