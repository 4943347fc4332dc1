/**
 * Limits on sign-in mails, per address and per client, on Bucket4j buckets that every instance of the application
 * shares through its database or through Redis.
 */
@NullMarked
package io.github.authadapter.ratelimit;

import org.jspecify.annotations.NullMarked;
