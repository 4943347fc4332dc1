/**
 * The benchmark harness: the starter's Adapter, raw JDBC and Auth.js's own pg-adapter, side by side on PostgreSQL.
 */
@NullMarked
package io.github.authadapter.benchmarks;

import org.jspecify.annotations.NullMarked;
