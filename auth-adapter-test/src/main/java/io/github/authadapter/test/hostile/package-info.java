/**
 * The reusable suite of hostile and malformed requests over real HTTP, and the raw client and the application it
 * uses.
 */
@NullMarked
package io.github.authadapter.test.hostile;

import org.jspecify.annotations.NullMarked;
