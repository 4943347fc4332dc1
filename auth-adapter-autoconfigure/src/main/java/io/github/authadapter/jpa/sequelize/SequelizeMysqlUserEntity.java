package io.github.authadapter.jpa.sequelize;

import io.github.authadapter.jpa.TextIdUserColumns;
import io.github.authadapter.jpa.UtcDateTimeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A user of the Sequelize adapter's {@code users} table on MySQL and MariaDB, whose id is a {@code CHAR(36)} random
 * UUID and whose {@code email_verified} a {@code DATETIME} in UTC.
 */
@Entity(name = "AuthAdapterSequelizeMysqlUser")
@Table(name = "auth_adapter__users")
@Convert(attributeName = "emailVerified", converter = UtcDateTimeConverter.class)
public class SequelizeMysqlUserEntity extends TextIdUserColumns {

}
