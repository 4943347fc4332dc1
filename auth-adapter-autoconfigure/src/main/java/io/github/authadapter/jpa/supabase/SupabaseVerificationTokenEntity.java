package io.github.authadapter.jpa.supabase;

import io.github.authadapter.jpa.AbstractVerificationTokenEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A verification token of the Supabase adapter's {@code next_auth.verification_tokens} table.
 */
@Entity(name = "AuthAdapterSupabaseVerificationToken")
@Table(schema = SupabaseEntities.SCHEMA, name = "auth_adapter__verification_tokens")
public class SupabaseVerificationTokenEntity extends AbstractVerificationTokenEntity {

}
