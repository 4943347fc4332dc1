/**
 * The passkey repositories against real databases, rows compared with those Auth.js's passkey provider writes.
 */
@NullMarked
package io.github.authadapter.passkey;

import org.jspecify.annotations.NullMarked;
