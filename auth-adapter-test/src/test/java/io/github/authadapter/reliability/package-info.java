/**
 * Races, faults and crashes: what the adapter and the starter's endpoints do under concurrent use and when the
 * database fails.
 */
@NullMarked
package io.github.authadapter.reliability;

import org.jspecify.annotations.NullMarked;
