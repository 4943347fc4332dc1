/**
 * Entities for the schema of Auth.js's Prisma adapter on PostgreSQL, for {@code auth.adapter.schema.preset=prisma}.
 */
@NullMarked
package io.github.authadapter.jpa.prisma;

import org.jspecify.annotations.NullMarked;
