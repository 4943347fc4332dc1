/**
 * The starter's cryptography: one AES-GCM core for stored tokens and sealed cookies, HMAC-SHA-256 and the keys that it
 * derives from the secret for each use, and Auth.js's encrypted JWT session token, its key derivation and its JWE,
 * read and written as Auth.js does.
 */
@NullMarked
package io.github.authadapter.crypto;

import org.jspecify.annotations.NullMarked;
