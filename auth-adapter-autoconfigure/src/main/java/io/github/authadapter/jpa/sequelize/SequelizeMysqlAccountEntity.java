package io.github.authadapter.jpa.sequelize;

import io.github.authadapter.jpa.AuthJsAccountColumns;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An account of the Sequelize adapter's {@code accounts} table on MySQL and MariaDB, with text ids.
 */
@Entity(name = "AuthAdapterSequelizeMysqlAccount")
@Table(name = "auth_adapter__accounts")
public class SequelizeMysqlAccountEntity extends AuthJsAccountColumns<String> {

	@Embedded
	private SequelizeTextRowId rowId = new SequelizeTextRowId();

}
