package io.github.authadapter.jpa.kysely;

import java.util.UUID;

import io.github.authadapter.jpa.AuthJsSessionColumns;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A session of the Kysely adapter's {@code "Session"} table. Its uuid {@code id} column is left to the database's default.
 */
@Entity(name = "AuthAdapterKyselySession")
@Table(name = "`auth_adapter__Session`")
public class KyselySessionEntity extends AuthJsSessionColumns<UUID> {

}
