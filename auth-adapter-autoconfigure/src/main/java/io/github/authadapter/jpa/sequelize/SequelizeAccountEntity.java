package io.github.authadapter.jpa.sequelize;

import java.util.UUID;

import io.github.authadapter.jpa.AuthJsAccountColumns;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An account of the Sequelize adapter's {@code accounts} table.
 */
@Entity(name = "AuthAdapterSequelizeAccount")
@Table(name = "auth_adapter__accounts")
public class SequelizeAccountEntity extends AuthJsAccountColumns<UUID> {

	@Embedded
	private SequelizeRowId rowId = new SequelizeRowId();

}
