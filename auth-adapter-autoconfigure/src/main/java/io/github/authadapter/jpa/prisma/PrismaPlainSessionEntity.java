package io.github.authadapter.jpa.prisma;

import io.github.authadapter.jpa.AuthJsSessionColumns;
import io.github.authadapter.jpa.UtcDateTimeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A session of Prisma's {@code "Session"} table without timestamps.
 */
@Entity(name = "AuthAdapterPrismaPlainSession")
@Table(name = "`auth_adapter__sessions`")
@Convert(attributeName = "expires", converter = UtcDateTimeConverter.class)
public class PrismaPlainSessionEntity extends AuthJsSessionColumns<String> {

}
