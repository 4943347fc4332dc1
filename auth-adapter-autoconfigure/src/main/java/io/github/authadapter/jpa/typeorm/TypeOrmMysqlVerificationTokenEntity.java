package io.github.authadapter.jpa.typeorm;

import io.github.authadapter.jpa.AbstractVerificationTokenEntity;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A verification token of the TypeORM adapter's {@code verification_tokens} table on MySQL and MariaDB, whose expiry
 * is text and whose text {@code id} the client fills in.
 */
@Entity(name = "AuthAdapterTypeOrmMysqlVerificationToken")
@Table(name = "auth_adapter__verification_tokens")
@Convert(attributeName = "expires", converter = EpochMillisTextConverter.class)
public class TypeOrmMysqlVerificationTokenEntity extends AbstractVerificationTokenEntity {

	@Embedded
	private TypeOrmRowId rowId = new TypeOrmRowId();

}
