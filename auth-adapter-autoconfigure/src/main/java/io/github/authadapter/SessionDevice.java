package io.github.authadapter;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a schema that keeps devices knows of a session, for an account page. Display only: the User-Agent is what
 * the browser sent at sign-in, so nothing may be decided by it, and a page must escape it.
 *
 * @param userAgent the User-Agent of the sign-in, cut short, or null if the browser sent none
 * @param startedAt when the session started, or null for a session older than the columns
 * @param lastUsedAt when its expiry last moved forward, which the sliding expiry does at most once per update-age
 */
public record SessionDevice(@Nullable String userAgent, @Nullable Instant startedAt, @Nullable Instant lastUsedAt) {

}
