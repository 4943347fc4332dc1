/**
 * The Auth.js adapter contract: the {@link io.github.authadapter.Adapter} interface and its model records, and the
 * two stores beside it that sign-in needs, {@link io.github.authadapter.UserSessions} and
 * {@link io.github.authadapter.LiveSignInLinks}.
 */
@NullMarked
package io.github.authadapter;

import org.jspecify.annotations.NullMarked;
