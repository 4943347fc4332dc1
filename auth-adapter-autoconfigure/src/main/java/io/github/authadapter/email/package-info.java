/**
 * Sign-in by email magic link, with Auth.js's verification tokens.
 */
@NullMarked
package io.github.authadapter.email;

import org.jspecify.annotations.NullMarked;
