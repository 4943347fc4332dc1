/**
 * A small application that signs people in by email with the auth-adapter starter.
 */
@NullMarked
package io.github.authadapter.sample;

import org.jspecify.annotations.NullMarked;
