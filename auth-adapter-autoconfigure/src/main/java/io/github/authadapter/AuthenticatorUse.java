package io.github.authadapter;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a schema that keeps them knows of when a WebAuthn authenticator was registered and last used, for a passkey
 * list. Auth.js's Authenticator table has no such columns; the starter's migrations add them.
 *
 * @param createdAt when the authenticator was registered, or null for one older than the columns
 * @param lastUsedAt when its signature counter was last written, which every passkey sign-in does, or null for one
 * older than the columns
 */
public record AuthenticatorUse(@Nullable Instant createdAt, @Nullable Instant lastUsedAt) {

}
