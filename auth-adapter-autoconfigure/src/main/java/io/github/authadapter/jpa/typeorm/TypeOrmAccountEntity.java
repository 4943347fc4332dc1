package io.github.authadapter.jpa.typeorm;

import java.util.UUID;

import io.github.authadapter.jpa.AuthJsAccountColumns;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An account of the TypeORM adapter's {@code accounts} table. Its uuid {@code id} column is left to the database's
 * default.
 */
@Entity(name = "AuthAdapterTypeOrmAccount")
@Table(name = "auth_adapter__accounts")
public class TypeOrmAccountEntity extends AuthJsAccountColumns<UUID> {

}
