/**
 * Round trips of arbitrary Unicode, very long values and extreme timestamps through the Adapter on every database.
 */
@NullMarked
package io.github.authadapter.roundtrip;

import org.jspecify.annotations.NullMarked;
