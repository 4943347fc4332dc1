package io.github.authadapter.jpa.kysely;

import io.github.authadapter.jpa.TextIdUserColumns;
import io.github.authadapter.jpa.UtcDateTimeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A user of the Kysely adapter's {@code "User"} table on MySQL and MariaDB, whose {@code varchar(36)} id is a random
 * UUID, as the adapter's {@code crypto.randomUUID()} makes it, and whose {@code emailVerified} a {@code DATETIME(3)}
 * in UTC.
 */
@Entity(name = "AuthAdapterKyselyMysqlUser")
@Table(name = "`auth_adapter__User`")
@Convert(attributeName = "emailVerified", converter = UtcDateTimeConverter.class)
public class KyselyMysqlUserEntity extends TextIdUserColumns {

}
