/**
 * The web core that every sign-in method shares: the {@code SecurityFilterChain} configurer,
 * {@link io.github.authadapter.web.SignInSessions}, the one component through which every sign-in starts its session
 * and every sign-out ends it, Auth.js's routes and built-in pages, CSRF and same-origin checks, the trusted base URL,
 * sign-in events and transactions, and the 503 answer when the database is unreachable.
 */
@NullMarked
package io.github.authadapter.web;

import org.jspecify.annotations.NullMarked;
