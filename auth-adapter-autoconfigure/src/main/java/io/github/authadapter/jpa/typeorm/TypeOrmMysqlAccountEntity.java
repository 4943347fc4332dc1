package io.github.authadapter.jpa.typeorm;

import io.github.authadapter.jpa.AuthJsAccountColumns;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An account of the TypeORM adapter's {@code accounts} table on MySQL and MariaDB, with text ids.
 */
@Entity(name = "AuthAdapterTypeOrmMysqlAccount")
@Table(name = "auth_adapter__accounts")
public class TypeOrmMysqlAccountEntity extends AuthJsAccountColumns<String> {

	@Embedded
	private TypeOrmRowId rowId = new TypeOrmRowId();

}
