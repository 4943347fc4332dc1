/**
 * Auth.js JWT sessions for Spring Security: the encrypted session cookie that Auth.js writes when it runs the
 * {@code jwt} session strategy, read into an {@link org.springframework.security.core.Authentication} and issued again
 * as its expiry slides.
 */
@NullMarked
package io.github.authadapter.jwt;

import org.jspecify.annotations.NullMarked;
