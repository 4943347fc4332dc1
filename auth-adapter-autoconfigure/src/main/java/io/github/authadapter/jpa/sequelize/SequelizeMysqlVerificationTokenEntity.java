package io.github.authadapter.jpa.sequelize;

import io.github.authadapter.jpa.AbstractVerificationTokenEntity;
import io.github.authadapter.jpa.UtcDateTimeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A verification token of the Sequelize adapter's {@code verification_tokens} table on MySQL and MariaDB, keyed by
 * the token alone, with its expiry in a {@code DATETIME} in UTC.
 */
@Entity(name = "AuthAdapterSequelizeMysqlVerificationToken")
@Table(name = "auth_adapter__verification_tokens")
@Convert(attributeName = "expires", converter = UtcDateTimeConverter.class)
public class SequelizeMysqlVerificationTokenEntity extends AbstractVerificationTokenEntity {

}
