package io.github.authadapter.jpa.drizzle;

import java.util.ArrayList;
import java.util.List;

import io.github.authadapter.jpa.PresetSchema;
import io.github.authadapter.jpa.SchemaCatalogue;
import org.jspecify.annotations.Nullable;

/**
 * The tables that @auth/drizzle-adapter defines when the application passes none, on PostgreSQL and MySQL:
 * {@code user}, {@code account}, {@code session}, {@code verificationToken} and {@code authenticator}, with text ids
 * that the application makes (random UUIDs, as the adapter's {@code crypto.randomUUID()} does).
 */
public final class DrizzleEntities implements PresetSchema {

	private static final List<String> TABLES = List.of("user", "account", "session", "verificationToken");

	private static final String AUTHENTICATOR = "authenticator";

	@Override
	public boolean isFoundIn(SchemaCatalogue catalogue) {
		// As written: Prisma's tables have the same names with a capital letter.
		return TABLES.stream().allMatch(catalogue::hasTableAsWritten);
	}

	@Override
	public List<Class<?>> entities(@Nullable SchemaCatalogue catalogue) {
		List<Class<?>> entities = new ArrayList<>(List.of(DrizzleUserEntity.class, DrizzleAccountEntity.class,
				DrizzleSessionEntity.class, DrizzleVerificationTokenEntity.class));
		if (catalogue == null || catalogue.hasTableAsWritten(AUTHENTICATOR)) {
			entities.add(DrizzleAuthenticatorEntity.class);
		}
		return List.copyOf(entities);
	}

	@Override
	public String describe(SchemaCatalogue catalogue) {
		return "tables " + String.join(", ", TABLES)
				+ (catalogue.hasTableAsWritten(AUTHENTICATOR) ? ", " + AUTHENTICATOR : ", no authenticator table");
	}

}
