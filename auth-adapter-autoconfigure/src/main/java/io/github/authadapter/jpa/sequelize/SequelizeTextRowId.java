package io.github.authadapter.jpa.sequelize;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The {@code CHAR(36)} {@code id} column of the Sequelize adapter's accounts and sessions on MySQL and MariaDB,
 * filled in with a random UUID as Sequelize's {@code UUIDV4} default fills it, in the client.
 */
@Embeddable
public class SequelizeTextRowId {

	@Column(name = "id", nullable = false, updatable = false)
	private String id = UUID.randomUUID().toString();

}
