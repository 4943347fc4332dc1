/**
 * The benchmark harness: the starter's Adapter, raw JDBC and Auth.js's own pg-adapter, side by side on PostgreSQL,
 * and HTTP requests signed in by a database session cookie and by a JWT session cookie.
 */
@NullMarked
package io.github.authadapter.benchmarks;

import org.jspecify.annotations.NullMarked;
