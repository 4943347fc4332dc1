package io.github.authadapter.jpa.sequelize;

import java.util.UUID;

import io.github.authadapter.jpa.AuthJsUserColumns;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A user of the Sequelize adapter's {@code users} table, whose uuid id is a random UUID, as Sequelize's
 * {@code UUIDV4} makes it.
 */
@Entity(name = "AuthAdapterSequelizeUser")
@Table(name = "auth_adapter__users")
public class SequelizeUserEntity extends AuthJsUserColumns {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private @Nullable UUID id;

	@Override
	public @Nullable String authJsId() {
		return (this.id != null) ? this.id.toString() : null;
	}

}
