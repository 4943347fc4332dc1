package io.github.authadapter.jpa;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * An account of a schema with text user ids, such as Prisma's and Drizzle's, whose {@code expires_at} is a 32-bit
 * integer.
 */
@MappedSuperclass
// Prisma's Int and Drizzle's integer are 32-bit, and so end in 2038 as seconds since the epoch.
@AttributeOverride(name = "expiresAt", column = @Column(name = "expires_at", columnDefinition = "int4"))
public abstract class TextIdAccountColumns extends AuthJsAccountColumns<String> {

}
