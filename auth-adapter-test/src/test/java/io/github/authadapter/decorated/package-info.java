/**
 * The contract and race suites on the starter's Adapter decorated by an application's {@code DelegatingAdapter},
 * as the README shows.
 */
@NullMarked
package io.github.authadapter.decorated;

import org.jspecify.annotations.NullMarked;
