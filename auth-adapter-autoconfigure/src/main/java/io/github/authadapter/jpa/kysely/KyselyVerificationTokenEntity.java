package io.github.authadapter.jpa.kysely;

import io.github.authadapter.jpa.AbstractVerificationTokenEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A verification token of the Kysely adapter's {@code "VerificationToken"} table.
 */
@Entity(name = "AuthAdapterKyselyVerificationToken")
@Table(name = "`auth_adapter__VerificationToken`")
public class KyselyVerificationTokenEntity extends AbstractVerificationTokenEntity {

}
