/**
 * The reusable suite of the cleanup of expired rows by two instances of an application at once.
 */
@NullMarked
package io.github.authadapter.test.cleanup;

import org.jspecify.annotations.NullMarked;
