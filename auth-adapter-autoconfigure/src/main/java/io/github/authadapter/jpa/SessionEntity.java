package io.github.authadapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The default entity of the {@code sessions} table.
 */
@Entity(name = "AuthAdapterSession")
@Table(name = AuthJsNames.SESSIONS)
public class SessionEntity extends AbstractSessionEntity {

}
