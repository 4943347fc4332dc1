/**
 * Auth.js sessions for Spring Security: {@link io.github.authadapter.session.DatabaseSignInSessions}, the database
 * session cookie and the signed cookie of its factors, the session's lifetime, the session endpoints for every kind
 * of session ({@link io.github.authadapter.session.SessionAuthentication}), and the chunked cookies that JWT sessions
 * are kept in.
 */
@NullMarked
package io.github.authadapter.session;

import org.jspecify.annotations.NullMarked;
