package io.github.authadapter.jpa.typeorm;

import io.github.authadapter.jpa.AuthJsSessionColumns;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A session of the TypeORM adapter's {@code sessions} table on MySQL and MariaDB, with text ids and an expiry as text.
 */
@Entity(name = "AuthAdapterTypeOrmMysqlSession")
@Table(name = "auth_adapter__sessions")
@Convert(attributeName = "expires", converter = EpochMillisTextConverter.class)
public class TypeOrmMysqlSessionEntity extends AuthJsSessionColumns<String> {

	@Embedded
	private TypeOrmRowId rowId = new TypeOrmRowId();

}
