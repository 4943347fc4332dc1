/**
 * The {@link io.github.authadapter.Adapter} on JPA: entities, {@link io.github.authadapter.jpa.JpaAdapter}, and one
 * {@link io.github.authadapter.jpa.DatabaseDialect} per database with the SQL that differs between them.
 */
@NullMarked
package io.github.authadapter.jpa;

import org.jspecify.annotations.NullMarked;
