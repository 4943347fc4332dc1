package io.github.authadapter.jpa.drizzle;

import io.github.authadapter.jpa.TextIdAccountColumns;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An account of Drizzle's {@code "account"} table.
 */
@Entity(name = "AuthAdapterDrizzleAccount")
@Table(name = "`auth_adapter__account`")
public class DrizzleAccountEntity extends TextIdAccountColumns {

}
