package io.github.authadapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The default entity of the {@code verification_token} table.
 */
@Entity(name = "AuthAdapterVerificationToken")
@Table(name = AuthJsNames.VERIFICATION_TOKENS)
public class VerificationTokenEntity extends AbstractVerificationTokenEntity {

}
