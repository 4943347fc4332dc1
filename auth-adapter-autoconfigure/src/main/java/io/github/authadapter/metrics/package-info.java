/**
 * Micrometer metrics of the adapter and of sign-ins: a timer per {@link io.github.authadapter.Adapter} method and
 * counters of sign-ins and their failures.
 */
@NullMarked
package io.github.authadapter.metrics;

import org.jspecify.annotations.NullMarked;
