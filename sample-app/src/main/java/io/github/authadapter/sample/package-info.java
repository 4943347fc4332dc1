/**
 * Inkwell, a small notes application on the auth-adapter starter: sign-in by email link, by GitHub or Google, and in
 * development by passkey or Inkwell ID, with database or JWT sessions.
 */
@NullMarked
package io.github.authadapter.sample;

import org.jspecify.annotations.NullMarked;
