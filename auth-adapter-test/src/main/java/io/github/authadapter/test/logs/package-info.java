/**
 * The reusable suite that looks for tokens in the log and in exception messages, and the in-memory record of the
 * log that it searches.
 */
@NullMarked
package io.github.authadapter.test.logs;

import org.jspecify.annotations.NullMarked;
