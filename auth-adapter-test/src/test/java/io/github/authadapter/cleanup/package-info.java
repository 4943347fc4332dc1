/**
 * The published suite of the cleanup of expired rows by two instances at once, run on H2, PostgreSQL and MariaDB.
 */
@NullMarked
package io.github.authadapter.cleanup;

import org.jspecify.annotations.NullMarked;
