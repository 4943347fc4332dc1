/**
 * The published suite that looks for tokens in the log and in exception messages, run on H2, PostgreSQL and
 * MariaDB.
 */
@NullMarked
package io.github.authadapter.logs;

import org.jspecify.annotations.NullMarked;
