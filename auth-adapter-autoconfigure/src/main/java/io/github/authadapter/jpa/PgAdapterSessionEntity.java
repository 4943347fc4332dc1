package io.github.authadapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The entity of the {@code sessions} table that @auth/pg-adapter documents, which has none of the device columns of
 * the starter's own (see {@link SessionDeviceColumns}).
 */
@Entity(name = "AuthAdapterPgAdapterSession")
@Table(name = AuthJsNames.SESSIONS)
public class PgAdapterSessionEntity extends AbstractSessionEntity {

}
