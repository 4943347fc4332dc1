package io.github.authadapter.jpa.sequelize;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The uuid {@code id} column of the Sequelize adapter's accounts and sessions, filled in as Sequelize's
 * {@code UUIDV4} default fills it, in the client: the database has no default for it. The starter identifies those
 * rows by their Auth.js keys.
 */
@Embeddable
public class SequelizeRowId {

	@Column(name = "id", nullable = false, updatable = false)
	private UUID id = UUID.randomUUID();

}
