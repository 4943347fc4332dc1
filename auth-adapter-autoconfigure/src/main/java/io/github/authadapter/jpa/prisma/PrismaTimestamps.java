package io.github.authadapter.jpa.prisma;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/**
 * The {@code createdAt} and {@code updatedAt} columns of Prisma's schema, which Prisma's client fills in; the
 * database gives {@code updatedAt} no default, so every insert must set it.
 */
@Embeddable
public class PrismaTimestamps {

	@Column(name = "`auth_adapter__createdAt`", nullable = false, updatable = false)
	private LocalDateTime createdAt = LocalDateTime.MIN;

	@Column(name = "`auth_adapter__updatedAt`", nullable = false)
	private LocalDateTime updatedAt = LocalDateTime.MIN;

	void created() {
		this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
		this.updatedAt = this.createdAt;
	}

	void updated() {
		this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
	}

	/**
	 * An entity with these columns.
	 */
	public interface Owner {

		/**
		 * The entity's timestamps.
		 */
		PrismaTimestamps timestamps();

	}

	/**
	 * Fills in the timestamps of an {@link Owner} as Prisma's client does.
	 */
	public static class Listener {

		@PrePersist
		void created(Owner owner) {
			owner.timestamps().created();
		}

		@PreUpdate
		void updated(Owner owner) {
			owner.timestamps().updated();
		}

	}

}
