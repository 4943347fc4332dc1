/**
 * The database dialects on real databases: each chosen for its database, the fallback for one the starter does not
 * know, and constraint violations recognised by the constraint's name.
 */
@NullMarked
package io.github.authadapter.dialect;

import org.jspecify.annotations.NullMarked;
