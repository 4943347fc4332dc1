/**
 * Micrometer metrics of the adapter and of sign-ins: a timer per {@link io.github.authadapter.Adapter} method, from
 * one method interceptor, and counters of sign-ins and their failures.
 */
@NullMarked
package io.github.authadapter.metrics;

import org.jspecify.annotations.NullMarked;
