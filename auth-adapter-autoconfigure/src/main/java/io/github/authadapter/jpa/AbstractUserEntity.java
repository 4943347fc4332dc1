package io.github.authadapter.jpa;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * A user of the starter's {@code users} table, whose id the database generates. Extend it with an {@code @Entity} of
 * your own to add columns; the adapter then uses your entity instead of {@link UserEntity}.
 */
@MappedSuperclass
public abstract class AbstractUserEntity extends AuthJsUserColumns {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	public @Nullable Long getId() {
		return this.id;
	}

	@Override
	public @Nullable String authJsId() {
		return (this.id != null) ? this.id.toString() : null;
	}

}
