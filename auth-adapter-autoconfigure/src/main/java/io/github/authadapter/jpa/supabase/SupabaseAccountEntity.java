package io.github.authadapter.jpa.supabase;

import java.util.UUID;

import io.github.authadapter.jpa.AuthJsAccountColumns;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An account of the Supabase adapter's {@code next_auth.accounts} table. Its uuid {@code id} column is left to the
 * database's default, and its {@code oauth_token} and {@code oauth_token_secret} columns, for OAuth 1 providers
 * that Auth.js no longer has, stay null.
 */
@Entity(name = "AuthAdapterSupabaseAccount")
@Table(schema = SupabaseEntities.SCHEMA, name = "auth_adapter__accounts")
public class SupabaseAccountEntity extends AuthJsAccountColumns<UUID> {

}
