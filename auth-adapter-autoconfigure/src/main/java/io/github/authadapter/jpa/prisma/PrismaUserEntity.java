package io.github.authadapter.jpa.prisma;

import io.github.authadapter.jpa.AuthJsUserColumns;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A user of Prisma's {@code "User"} table, whose text id the application generates.
 */
@Entity(name = "AuthAdapterPrismaUser")
@Table(name = "`auth_adapter__User`")
@Convert(attributeName = "emailVerified", converter = UtcDateTimeConverter.class)
public class PrismaUserEntity extends AuthJsUserColumns {

	@Id
	private @Nullable String id;

	@Embedded
	private PrismaTimestamps timestamps = new PrismaTimestamps();

	@Override
	public @Nullable String authJsId() {
		return this.id;
	}

	@Override
	protected void assignId(String id) {
		this.id = id;
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
