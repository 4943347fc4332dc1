package io.github.authadapter.jpa.kysely;

import io.github.authadapter.jpa.AuthJsSessionColumns;
import io.github.authadapter.jpa.UtcDateTimeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A session of the Kysely adapter's {@code "Session"} table on MySQL and MariaDB, whose expiry is a
 * {@code DATETIME(3)} in UTC. Its {@code id} column is left to the database's {@code UUID()} default.
 */
@Entity(name = "AuthAdapterKyselyMysqlSession")
@Table(name = "`auth_adapter__Session`")
@Convert(attributeName = "expires", converter = UtcDateTimeConverter.class)
public class KyselyMysqlSessionEntity extends AuthJsSessionColumns<String> {

}
