/**
 * The Auth.js adapter contract: the {@link io.github.authadapter.Adapter} interface and its model records.
 */
@NullMarked
package io.github.authadapter;

import org.jspecify.annotations.NullMarked;
