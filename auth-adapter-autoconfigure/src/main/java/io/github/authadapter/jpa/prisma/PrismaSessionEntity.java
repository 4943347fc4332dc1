package io.github.authadapter.jpa.prisma;

import java.time.Instant;

import io.github.authadapter.jpa.AuthJsSessionColumns;
import io.github.authadapter.jpa.UtcDateTimeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;

/**
 * A session of Prisma's {@code "Session"} table with {@code createdAt} and {@code updatedAt}.
 */
@Entity(name = "AuthAdapterPrismaSession")
@Table(name = "`auth_adapter__sessions`")
@Convert(attributeName = "expires", converter = UtcDateTimeConverter.class)
@EntityListeners(PrismaTimestamps.Listener.class)
public class PrismaSessionEntity extends AuthJsSessionColumns<String> implements PrismaTimestamps.Owner {

	@Embedded
	private PrismaTimestamps timestamps = new PrismaTimestamps();

	@Override
	public PrismaTimestamps timestamps() {
		return this.timestamps;
	}

	@Override
	protected void expiryMoved(Instant now) {
		// Prisma's client sets updatedAt on every update, and the statement that moved the expiry did not.
		this.timestamps.updated();
	}

}
