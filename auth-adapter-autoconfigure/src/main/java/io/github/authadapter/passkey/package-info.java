/**
 * Passkeys on Spring Security's {@code webAuthn()}, stored in Auth.js's Authenticator table and its {@code webauthn}
 * accounts, so that a passkey registered on one side signs in on the other.
 */
@NullMarked
package io.github.authadapter.passkey;

import org.jspecify.annotations.NullMarked;
