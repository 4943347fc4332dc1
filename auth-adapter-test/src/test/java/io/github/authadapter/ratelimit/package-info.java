/**
 * The limits on sign-in mails, on two instances of an application that share one database or one Redis.
 */
@NullMarked
package io.github.authadapter.ratelimit;

import org.jspecify.annotations.NullMarked;
