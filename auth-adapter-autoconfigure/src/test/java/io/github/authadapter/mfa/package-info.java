/**
 * Sign-in by link in an application with {@code @EnableMultiFactorAuthentication}: the factor authority that the
 * session cookie restores.
 */
@NullMarked
package io.github.authadapter.mfa;

import org.jspecify.annotations.NullMarked;
