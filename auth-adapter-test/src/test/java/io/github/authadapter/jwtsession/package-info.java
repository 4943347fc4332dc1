/**
 * Auth.js JWT sessions over real HTTP: tokens of the real {@code @auth/core} and {@code next-auth} from npm read by the
 * starter, the starter's read by them, and hostile cookies on every route.
 */
@NullMarked
package io.github.authadapter.jwtsession;

import org.jspecify.annotations.NullMarked;
