/**
 * Auth.js sessions for Spring Security: the database session cookie and its lifetime, the session endpoints for
 * every kind of session ({@link io.github.authadapter.session.SessionAuthentication}), and the chunked cookies that
 * JWT sessions are kept in.
 */
@NullMarked
package io.github.authadapter.session;

import org.jspecify.annotations.NullMarked;
