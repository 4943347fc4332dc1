package io.github.authadapter.jpa;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A WebAuthn authenticator of a schema with text user ids, such as Prisma's and Drizzle's, whose counter is a 32-bit
 * integer.
 */
@MappedSuperclass
@AttributeOverride(name = "counter", column = @Column(name = "counter", columnDefinition = "int4", nullable = false))
public abstract class TextIdAuthenticatorColumns extends AuthJsAuthenticatorColumns<String> {

}
