package io.github.authadapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * An account of the starter's {@code accounts} table. Its surrogate {@code id} column is left to the database. Extend
 * it with an {@code @Entity} of your own to add columns; the adapter then uses your entity instead of
 * {@link AccountEntity}.
 */
@MappedSuperclass
public abstract class AbstractAccountEntity extends AuthJsAccountColumns {

	@Column(name = AuthJsNames.USER_ID, nullable = false)
	private Long userId = 0L;

	public Long getUserId() {
		return this.userId;
	}

	@Override
	public String authJsUserId() {
		return this.userId.toString();
	}

	@Override
	protected void assignUser(Object userId) {
		this.userId = (Long) userId;
	}

}
