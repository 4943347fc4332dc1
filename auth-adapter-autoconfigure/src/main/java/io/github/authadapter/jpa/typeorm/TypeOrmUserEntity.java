package io.github.authadapter.jpa.typeorm;

import java.util.UUID;

import io.github.authadapter.jpa.AuthJsUserColumns;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A user of the TypeORM adapter's {@code users} table, whose uuid id is a random UUID, as its
 * {@code uuid_generate_v4()} default makes it.
 */
@Entity(name = "AuthAdapterTypeOrmUser")
@Table(name = "auth_adapter__users")
@Convert(attributeName = "emailVerified", converter = EpochMillisTextConverter.class)
public class TypeOrmUserEntity extends AuthJsUserColumns {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private @Nullable UUID id;

	@Override
	public @Nullable String authJsId() {
		return (this.id != null) ? this.id.toString() : null;
	}

}
