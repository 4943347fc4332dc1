/**
 * Entities for the tables of @auth/supabase-adapter's migration in the {@code next_auth} schema, for
 * {@code auth.adapter.schema.preset=supabase}.
 */
@NullMarked
package io.github.authadapter.jpa.supabase;

import org.jspecify.annotations.NullMarked;
