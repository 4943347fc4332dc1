package io.github.authadapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The entity of an {@code authenticators} table added to the schema that @auth/pg-adapter documents, which has none
 * of the date columns of the starter's own (see {@link AuthenticatorUseColumns}).
 */
@Entity(name = "AuthAdapterPgAdapterAuthenticator")
@Table(name = AuthJsNames.AUTHENTICATORS)
public class PgAdapterAuthenticatorEntity extends AbstractAuthenticatorEntity {

}
