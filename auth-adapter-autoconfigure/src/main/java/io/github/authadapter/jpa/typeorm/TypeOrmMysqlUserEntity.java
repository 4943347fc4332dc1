package io.github.authadapter.jpa.typeorm;

import io.github.authadapter.jpa.TextIdUserColumns;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A user of the TypeORM adapter's {@code users} table on MySQL and MariaDB, whose id is a {@code varchar(36)} that
 * the client fills with a random UUID.
 */
@Entity(name = "AuthAdapterTypeOrmMysqlUser")
@Table(name = "auth_adapter__users")
@Convert(attributeName = "emailVerified", converter = EpochMillisTextConverter.class)
public class TypeOrmMysqlUserEntity extends TextIdUserColumns {

}
