package io.github.authadapter.jpa.kysely;

import java.util.UUID;

import io.github.authadapter.jpa.AuthJsUserColumns;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A user of the Kysely adapter's {@code "User"} table, whose uuid id is a random UUID, as the adapter's
 * {@code crypto.randomUUID()} makes it.
 */
@Entity(name = "AuthAdapterKyselyUser")
@Table(name = "`auth_adapter__User`")
public class KyselyUserEntity extends AuthJsUserColumns {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private @Nullable UUID id;

	@Override
	public @Nullable String authJsId() {
		return (this.id != null) ? this.id.toString() : null;
	}

}
