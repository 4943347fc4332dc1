package io.github.authadapter.jpa.prisma;

import io.github.authadapter.jpa.AbstractVerificationTokenEntity;
import io.github.authadapter.jpa.UtcDateTimeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A verification token of Prisma's {@code "VerificationToken"} table.
 */
@Entity(name = "AuthAdapterPrismaVerificationToken")
@Table(name = "`auth_adapter__verification_token`")
@Convert(attributeName = "expires", converter = UtcDateTimeConverter.class)
public class PrismaVerificationTokenEntity extends AbstractVerificationTokenEntity {

}
