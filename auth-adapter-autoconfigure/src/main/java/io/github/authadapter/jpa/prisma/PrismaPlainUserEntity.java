package io.github.authadapter.jpa.prisma;

import io.github.authadapter.jpa.TextIdUserColumns;
import io.github.authadapter.jpa.UtcDateTimeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A user of Prisma's {@code "User"} table without timestamps, as earlier Auth.js and NextAuth.js v4 documentation
 * gives it.
 */
@Entity(name = "AuthAdapterPrismaPlainUser")
@Table(name = "`auth_adapter__users`")
@Convert(attributeName = "emailVerified", converter = UtcDateTimeConverter.class)
public class PrismaPlainUserEntity extends TextIdUserColumns {

}
