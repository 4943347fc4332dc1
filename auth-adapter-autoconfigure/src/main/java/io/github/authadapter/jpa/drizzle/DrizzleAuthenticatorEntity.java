package io.github.authadapter.jpa.drizzle;

import io.github.authadapter.jpa.TextIdAuthenticatorColumns;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A WebAuthn authenticator of Drizzle's {@code "authenticator"} table.
 */
@Entity(name = "AuthAdapterDrizzleAuthenticator")
@Table(name = "`auth_adapter__authenticator`")
public class DrizzleAuthenticatorEntity extends TextIdAuthenticatorColumns {

}
