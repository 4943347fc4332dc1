/**
 * Auth.js database sessions for Spring Security: the session cookie, its lifetime and the session endpoints.
 */
@NullMarked
package io.github.authadapter.session;

import org.jspecify.annotations.NullMarked;
