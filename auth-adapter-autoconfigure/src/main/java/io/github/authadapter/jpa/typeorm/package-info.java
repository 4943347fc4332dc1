/**
 * Entities for the tables that TypeORM's {@code synchronize} makes of Auth.js's TypeORM adapter entities, for
 * {@code auth.adapter.schema.preset=typeorm}.
 */
@NullMarked
package io.github.authadapter.jpa.typeorm;

import org.jspecify.annotations.NullMarked;
