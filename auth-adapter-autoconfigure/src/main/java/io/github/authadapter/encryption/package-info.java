/**
 * Encryption at rest of the OAuth tokens of accounts, with AES-GCM keys that carry an id so that they can be rotated.
 */
@NullMarked
package io.github.authadapter.encryption;

import org.jspecify.annotations.NullMarked;
