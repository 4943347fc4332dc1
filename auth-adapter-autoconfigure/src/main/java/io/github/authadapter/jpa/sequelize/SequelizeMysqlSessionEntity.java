package io.github.authadapter.jpa.sequelize;

import io.github.authadapter.jpa.AuthJsSessionColumns;
import io.github.authadapter.jpa.UtcDateTimeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A session of the Sequelize adapter's {@code sessions} table on MySQL and MariaDB, with text ids and its expiry in a
 * {@code DATETIME} in UTC.
 */
@Entity(name = "AuthAdapterSequelizeMysqlSession")
@Table(name = "auth_adapter__sessions")
@Convert(attributeName = "expires", converter = UtcDateTimeConverter.class)
public class SequelizeMysqlSessionEntity extends AuthJsSessionColumns<String> {

	@Embedded
	private SequelizeTextRowId rowId = new SequelizeTextRowId();

}
