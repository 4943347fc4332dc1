package io.github.authadapter.jpa.prisma;

import io.github.authadapter.jpa.TextIdAccountColumns;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;

/**
 * An account of Prisma's {@code "Account"} table, keyed by provider and provider account id, with {@code createdAt}
 * and {@code updatedAt}.
 */
@Entity(name = "AuthAdapterPrismaAccount")
@Table(name = "`auth_adapter__accounts`")
@EntityListeners(PrismaTimestamps.Listener.class)
public class PrismaAccountEntity extends TextIdAccountColumns implements PrismaTimestamps.Owner {

	@Embedded
	private PrismaTimestamps timestamps = new PrismaTimestamps();

	@Override
	public PrismaTimestamps timestamps() {
		return this.timestamps;
	}

}
