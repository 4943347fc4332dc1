package io.github.authadapter.jpa.supabase;

import java.util.UUID;

import io.github.authadapter.jpa.AuthJsSessionColumns;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A session of the Supabase adapter's {@code next_auth.sessions} table. Its uuid {@code id} column is left to the
 * database's default.
 */
@Entity(name = "AuthAdapterSupabaseSession")
@Table(schema = SupabaseEntities.SCHEMA, name = "auth_adapter__sessions")
public class SupabaseSessionEntity extends AuthJsSessionColumns<UUID> {

}
