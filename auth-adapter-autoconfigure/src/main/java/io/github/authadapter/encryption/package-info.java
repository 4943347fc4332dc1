/**
 * Encryption at rest of the OAuth tokens of accounts, on the AES-GCM core of the {@code crypto} package, with keys
 * that carry an id so that they can be rotated.
 */
@NullMarked
package io.github.authadapter.encryption;

import org.jspecify.annotations.NullMarked;
