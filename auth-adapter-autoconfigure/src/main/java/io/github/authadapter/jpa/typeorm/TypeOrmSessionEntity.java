package io.github.authadapter.jpa.typeorm;

import java.util.UUID;

import io.github.authadapter.jpa.AuthJsSessionColumns;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A session of the TypeORM adapter's {@code sessions} table, whose expiry is text. Its uuid {@code id} column is left
 * to the database's default.
 */
@Entity(name = "AuthAdapterTypeOrmSession")
@Table(name = "auth_adapter__sessions")
@Convert(attributeName = "expires", converter = EpochMillisTextConverter.class)
public class TypeOrmSessionEntity extends AuthJsSessionColumns<UUID> {

}
