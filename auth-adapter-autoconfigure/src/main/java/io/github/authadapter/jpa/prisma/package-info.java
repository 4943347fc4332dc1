/**
 * Entities for the schemas of Auth.js's Prisma adapter, v5 with and without timestamps and NextAuth.js v4's, for
 * {@code auth.adapter.schema.preset=prisma}. They name their tables by the starter's logical names, quoted as Prisma
 * quotes every name, so that the naming strategy maps them to Prisma's model names or to the {@code @@map} renames
 * that {@link io.github.authadapter.jpa.prisma.PrismaEntities} finds.
 */
@NullMarked
package io.github.authadapter.jpa.prisma;

import org.jspecify.annotations.NullMarked;
