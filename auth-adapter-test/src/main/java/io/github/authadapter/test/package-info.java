/**
 * The reusable contract suite of the Auth.js {@link io.github.authadapter.Adapter}, and fresh test databases.
 */
@NullMarked
package io.github.authadapter.test;

import org.jspecify.annotations.NullMarked;
