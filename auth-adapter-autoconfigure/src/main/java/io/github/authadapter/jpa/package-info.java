/**
 * The {@link io.github.authadapter.Adapter} on JPA: entities, per-database statements and {@link io.github.authadapter.jpa.JpaAdapter}.
 */
@NullMarked
package io.github.authadapter.jpa;

import org.jspecify.annotations.NullMarked;
