/**
 * Sign-in by email magic link on Spring Security's one-time token login, with Auth.js's verification tokens as the
 * one-time tokens and Auth.js's routes and confirm page.
 */
@NullMarked
package io.github.authadapter.email;

import org.jspecify.annotations.NullMarked;
