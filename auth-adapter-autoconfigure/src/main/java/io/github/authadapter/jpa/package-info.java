/**
 * The {@link io.github.authadapter.Adapter} on JPA: entities, {@link io.github.authadapter.jpa.JpaAdapter}, the
 * schema presets and the check of the mapped schema against the database's catalogue at startup, and one
 * {@link io.github.authadapter.jpa.DatabaseDialect} per database with the SQL that differs between them.
 */
@NullMarked
package io.github.authadapter.jpa;

import org.jspecify.annotations.NullMarked;
