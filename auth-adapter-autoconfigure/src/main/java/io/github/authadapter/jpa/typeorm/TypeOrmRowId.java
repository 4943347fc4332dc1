package io.github.authadapter.jpa.typeorm;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The {@code id} column of the TypeORM adapter's accounts, sessions and verification tokens on MySQL and MariaDB,
 * where {@code synchronize} makes it a {@code varchar(36)} with no default: filled in with a random UUID, as TypeORM's
 * client fills it there. The starter identifies those rows by their Auth.js keys.
 */
@Embeddable
public class TypeOrmRowId {

	@Column(name = "id", nullable = false, updatable = false)
	private String id = UUID.randomUUID().toString();

}
