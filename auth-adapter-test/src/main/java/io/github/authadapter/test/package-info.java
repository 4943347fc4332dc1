/**
 * The reusable contract suite of the Auth.js {@link io.github.authadapter.Adapter}, fresh test databases, and an
 * application on the starter for the suites in the packages below: races, hostile input, the cleanup by two
 * instances, and tokens in logs.
 */
@NullMarked
package io.github.authadapter.test;

import org.jspecify.annotations.NullMarked;
