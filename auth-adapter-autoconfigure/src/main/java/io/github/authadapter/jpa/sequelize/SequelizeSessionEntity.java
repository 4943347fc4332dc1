package io.github.authadapter.jpa.sequelize;

import java.util.UUID;

import io.github.authadapter.jpa.AuthJsSessionColumns;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A session of the Sequelize adapter's {@code sessions} table.
 */
@Entity(name = "AuthAdapterSequelizeSession")
@Table(name = "auth_adapter__sessions")
public class SequelizeSessionEntity extends AuthJsSessionColumns<UUID> {

	@Embedded
	private SequelizeRowId rowId = new SequelizeRowId();

}
