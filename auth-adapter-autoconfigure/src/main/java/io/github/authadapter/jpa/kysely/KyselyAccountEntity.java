package io.github.authadapter.jpa.kysely;

import java.util.UUID;

import io.github.authadapter.jpa.AuthJsAccountColumns;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A account of the Kysely adapter's {@code "Account"} table. Its uuid {@code id} column is left to the database's default.
 */
@Entity(name = "AuthAdapterKyselyAccount")
@Table(name = "`auth_adapter__Account`")
public class KyselyAccountEntity extends AuthJsAccountColumns<UUID> {

}
