/**
 * A correctly configured application starts without a warning, and its own Flyway is left as it was, on H2,
 * PostgreSQL and MariaDB.
 */
@NullMarked
package io.github.authadapter.startup;

import org.jspecify.annotations.NullMarked;
