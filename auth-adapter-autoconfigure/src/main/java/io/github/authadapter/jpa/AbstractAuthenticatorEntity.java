package io.github.authadapter.jpa;

import jakarta.persistence.MappedSuperclass;

/**
 * A WebAuthn authenticator of the starter's {@code authenticators} table, whose user ids are numbers. Extend it with
 * an {@code @Entity} of your own to add columns; the adapter then uses your entity instead of
 * {@link AuthenticatorEntity}.
 */
@MappedSuperclass
public abstract class AbstractAuthenticatorEntity extends AuthJsAuthenticatorColumns<Long> {

}
