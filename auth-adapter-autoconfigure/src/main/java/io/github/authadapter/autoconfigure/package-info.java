/**
 * Auto-configuration of the starter, one class per concern: the {@link io.github.authadapter.Adapter} bean, its
 * schema, cleanup and token encryption, and on Spring Security the session cookies, sign-in by email, OAuth and
 * passkey, the limits on sign-in mails, the firewall, metrics and health, with the failure analyzers of their
 * settings.
 */
@NullMarked
package io.github.authadapter.autoconfigure;

import org.jspecify.annotations.NullMarked;
