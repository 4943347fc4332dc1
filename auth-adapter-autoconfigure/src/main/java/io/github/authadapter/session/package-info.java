/**
 * Auth.js database sessions for Spring Security: {@link io.github.authadapter.session.DatabaseSignInSessions}, the
 * session cookie and the signed cookie of its factors, the session's lifetime, and the session endpoints.
 */
@NullMarked
package io.github.authadapter.session;

import org.jspecify.annotations.NullMarked;
