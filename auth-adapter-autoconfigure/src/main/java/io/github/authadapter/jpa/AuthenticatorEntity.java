package io.github.authadapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The default entity of the {@code authenticators} table.
 */
@Entity(name = "AuthAdapterAuthenticator")
@Table(name = AuthJsNames.AUTHENTICATORS)
public class AuthenticatorEntity extends AbstractAuthenticatorEntity {

}
