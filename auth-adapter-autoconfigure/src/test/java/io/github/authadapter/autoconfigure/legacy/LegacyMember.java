package io.github.authadapter.autoconfigure.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An application's own entity whose table and column have Auth.js's names, but are not the Auth.js ones.
 */
@Entity
@Table(name = "users")
public class LegacyMember {

	@Id
	private Long id;

	@Column(name = "`userId`")
	private String userId;

	protected LegacyMember() {
	}

	public LegacyMember(Long id, String userId) {
		this.id = id;
		this.userId = userId;
	}

}
