package io.github.authadapter.jpa.kysely;

import io.github.authadapter.jpa.AuthJsAccountColumns;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An account of the Kysely adapter's {@code "Account"} table on MySQL and MariaDB. Its {@code id} column is left to
 * the database's {@code UUID()} default.
 */
@Entity(name = "AuthAdapterKyselyMysqlAccount")
@Table(name = "`auth_adapter__Account`")
public class KyselyMysqlAccountEntity extends AuthJsAccountColumns<String> {

}
