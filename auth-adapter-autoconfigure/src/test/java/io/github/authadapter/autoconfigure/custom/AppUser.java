package io.github.authadapter.autoconfigure.custom;

import io.github.authadapter.jpa.AbstractUserEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "users")
public class AppUser extends AbstractUserEntity {

	private String role = "user";

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

}
