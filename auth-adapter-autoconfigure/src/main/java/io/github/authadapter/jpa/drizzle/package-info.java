/**
 * Entities for the tables of Auth.js's Drizzle adapter, for {@code auth.adapter.schema.preset=drizzle}.
 */
@NullMarked
package io.github.authadapter.jpa.drizzle;

import org.jspecify.annotations.NullMarked;
