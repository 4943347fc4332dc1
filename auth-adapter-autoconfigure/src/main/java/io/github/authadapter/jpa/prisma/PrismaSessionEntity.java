package io.github.authadapter.jpa.prisma;

import io.github.authadapter.jpa.AuthJsNames;
import io.github.authadapter.jpa.AuthJsSessionColumns;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/**
 * A session of Prisma's {@code "Session"} table.
 */
@Entity(name = "AuthAdapterPrismaSession")
@Table(name = "`auth_adapter__Session`")
@Convert(attributeName = "expires", converter = UtcDateTimeConverter.class)
public class PrismaSessionEntity extends AuthJsSessionColumns {

	@Column(name = AuthJsNames.USER_ID, nullable = false)
	private String userId = "";

	@Embedded
	private PrismaTimestamps timestamps = new PrismaTimestamps();

	@Override
	public String authJsUserId() {
		return this.userId;
	}

	@Override
	protected void assignUser(Object userId) {
		this.userId = (String) userId;
	}

	@Override
	protected void expiryMoved() {
		// Prisma's client sets updatedAt on every update, and the statement that moved the expiry did not.
		this.timestamps.updated();
	}

	@PrePersist
	void created() {
		this.timestamps.created();
	}

	@PreUpdate
	void updated() {
		this.timestamps.updated();
	}

}
