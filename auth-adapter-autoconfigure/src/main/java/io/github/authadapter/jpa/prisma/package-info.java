/**
 * Entities for the schemas of Auth.js's Prisma adapter, v5 with and without timestamps and NextAuth.js v4's, for
 * {@code auth.adapter.schema.preset=prisma}.
 */
@NullMarked
package io.github.authadapter.jpa.prisma;

import org.jspecify.annotations.NullMarked;
