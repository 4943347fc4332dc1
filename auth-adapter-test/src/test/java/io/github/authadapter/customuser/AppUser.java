package io.github.authadapter.customuser;

import io.github.authadapter.jpa.AbstractUserEntity;
import io.github.authadapter.jpa.AuthJsNames;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An application's user entity with two columns of its own. It lives outside {@code io.github.authadapter.test}
 * so that the contract suite's own application, which scans that package, does not pick it up.
 */
@Entity
@Table(name = AuthJsNames.USERS)
public class AppUser extends AbstractUserEntity {

	@Column(nullable = false)
	private String role = "user";

	private String phone;

	public String getRole() {
		return this.role;
	}

	public String getPhone() {
		return this.phone;
	}

}
