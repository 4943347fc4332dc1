package io.github.authadapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The default entity of the {@code accounts} table.
 */
@Entity(name = "AuthAdapterAccount")
@Table(name = AuthJsNames.ACCOUNTS)
public class AccountEntity extends AbstractAccountEntity {

}
