package io.github.authadapter.jpa.prisma;

import io.github.authadapter.jpa.TextIdAuthenticatorColumns;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A WebAuthn authenticator of Prisma's {@code "Authenticator"} table.
 */
@Entity(name = "AuthAdapterPrismaAuthenticator")
@Table(name = "`auth_adapter__authenticators`")
public class PrismaAuthenticatorEntity extends TextIdAuthenticatorColumns {

}
