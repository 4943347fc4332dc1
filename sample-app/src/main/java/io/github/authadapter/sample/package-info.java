/**
 * Inkwell, a small notes application on the auth-adapter starter: sign-in by email link, by GitHub or Google, or by
 * Inkwell ID in development, with database or JWT sessions.
 */
@NullMarked
package io.github.authadapter.sample;

import org.jspecify.annotations.NullMarked;
