package io.github.authadapter.jpa.kysely;

import io.github.authadapter.jpa.AbstractVerificationTokenEntity;
import io.github.authadapter.jpa.UtcDateTimeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A verification token of the Kysely adapter's {@code "VerificationToken"} table on MySQL and MariaDB, whose expiry
 * is a {@code DATETIME(3)} in UTC.
 */
@Entity(name = "AuthAdapterKyselyMysqlVerificationToken")
@Table(name = "`auth_adapter__VerificationToken`")
@Convert(attributeName = "expires", converter = UtcDateTimeConverter.class)
public class KyselyMysqlVerificationTokenEntity extends AbstractVerificationTokenEntity {

}
