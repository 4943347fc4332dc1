package io.github.authadapter.jpa.prisma;

import io.github.authadapter.jpa.TextIdUserColumns;
import io.github.authadapter.jpa.UtcDateTimeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;

/**
 * A user of Prisma's {@code "User"} table with {@code createdAt} and {@code updatedAt}, as Auth.js's documentation
 * gives it today.
 */
@Entity(name = "AuthAdapterPrismaUser")
@Table(name = "`auth_adapter__users`")
@Convert(attributeName = "emailVerified", converter = UtcDateTimeConverter.class)
@EntityListeners(PrismaTimestamps.Listener.class)
public class PrismaUserEntity extends TextIdUserColumns implements PrismaTimestamps.Owner {

	@Embedded
	private PrismaTimestamps timestamps = new PrismaTimestamps();

	@Override
	public PrismaTimestamps timestamps() {
		return this.timestamps;
	}

}
