package io.github.authadapter.jpa.sequelize;

import io.github.authadapter.jpa.AbstractVerificationTokenEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A verification token of the Sequelize adapter's {@code verification_tokens} table, keyed by the token alone.
 */
@Entity(name = "AuthAdapterSequelizeVerificationToken")
@Table(name = "auth_adapter__verification_tokens")
public class SequelizeVerificationTokenEntity extends AbstractVerificationTokenEntity {

}
