/**
 * Entities for the tables of the migration in Auth.js's Kysely adapter documentation, for
 * {@code auth.adapter.schema.preset=kysely}.
 */
@NullMarked
package io.github.authadapter.jpa.kysely;

import org.jspecify.annotations.NullMarked;
