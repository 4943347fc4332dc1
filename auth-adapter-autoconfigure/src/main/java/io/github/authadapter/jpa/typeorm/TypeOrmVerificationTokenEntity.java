package io.github.authadapter.jpa.typeorm;

import io.github.authadapter.jpa.AbstractVerificationTokenEntity;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A verification token of the TypeORM adapter's {@code verification_tokens} table, whose expiry is text. Its uuid
 * {@code id} column is left to the database's default.
 */
@Entity(name = "AuthAdapterTypeOrmVerificationToken")
@Table(name = "auth_adapter__verification_tokens")
@Convert(attributeName = "expires", converter = EpochMillisTextConverter.class)
public class TypeOrmVerificationTokenEntity extends AbstractVerificationTokenEntity {

}
