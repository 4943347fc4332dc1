/**
 * Hostile and malformed requests against an application on the starter, over real HTTP.
 */
@NullMarked
package io.github.authadapter.hostile;

import org.jspecify.annotations.NullMarked;
