package io.github.authadapter.jpa.prisma;

import io.github.authadapter.jpa.AuthJsNames;
import io.github.authadapter.jpa.AuthJsAccountColumns;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/**
 * An account of Prisma's {@code "Account"} table, keyed by provider and provider account id.
 */
@Entity(name = "AuthAdapterPrismaAccount")
@Table(name = "`auth_adapter__Account`")
// Prisma's Int is a 32-bit int4, which ends in 2038 as seconds since the epoch.
@AttributeOverride(name = "expiresAt", column = @Column(name = "expires_at", columnDefinition = "int4"))
public class PrismaAccountEntity extends AuthJsAccountColumns {

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

	@PrePersist
	void created() {
		this.timestamps.created();
	}

	@PreUpdate
	void updated() {
		this.timestamps.updated();
	}

}
