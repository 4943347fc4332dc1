package io.github.authadapter.jpa.supabase;

import java.util.UUID;

import io.github.authadapter.jpa.AuthJsUserColumns;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A user of the Supabase adapter's {@code next_auth.users} table. Its id is made by the column's
 * {@code uuid_generate_v4()} default, as for the users that the adapter inserts, and read back from the insert, so
 * that a trigger or a default that the application changed applies to both sides alike.
 */
@Entity(name = "AuthAdapterSupabaseUser")
@Table(schema = SupabaseEntities.SCHEMA, name = "auth_adapter__users")
public class SupabaseUserEntity extends AuthJsUserColumns {

	@Id
	@Generated
	private @Nullable UUID id;

	@Override
	public @Nullable String authJsId() {
		return (this.id != null) ? this.id.toString() : null;
	}

}
