package io.github.authadapter.jpa.prisma;

import io.github.authadapter.jpa.TextIdAccountColumns;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An account of Prisma's {@code "Account"} table, keyed by provider and provider account id, without timestamps.
 */
@Entity(name = "AuthAdapterPrismaPlainAccount")
@Table(name = "`auth_adapter__accounts`")
public class PrismaPlainAccountEntity extends TextIdAccountColumns {

}
