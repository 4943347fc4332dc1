package io.github.authadapter.jpa.prisma;

import java.util.ArrayList;
import java.util.List;

import io.github.authadapter.jpa.PresetSchema;
import io.github.authadapter.jpa.SchemaCatalogue;
import org.jspecify.annotations.Nullable;

/**
 * The schema that @auth/prisma-adapter's documented Prisma models create: quoted PascalCase tables and text ids.
 */
public final class PrismaEntities implements PresetSchema {

	static final String USER = "User";

	static final String ACCOUNT = "Account";

	static final String SESSION = "Session";

	static final String VERIFICATION_TOKEN = "VerificationToken";

	static final String AUTHENTICATOR = "Authenticator";

	@Override
	public boolean isFoundIn(SchemaCatalogue catalogue) {
		// As written: Drizzle's tables have the same names in lower case.
		return List.of(USER, ACCOUNT, SESSION, VERIFICATION_TOKEN).stream().allMatch(catalogue::hasTableAsWritten);
	}

	@Override
	public List<Class<?>> entities(@Nullable SchemaCatalogue catalogue) {
		List<Class<?>> entities = new ArrayList<>(List.of(PrismaUserEntity.class, PrismaAccountEntity.class,
				PrismaSessionEntity.class, PrismaVerificationTokenEntity.class));
		if (catalogue == null || catalogue.hasTable(AUTHENTICATOR)) {
			entities.add(PrismaAuthenticatorEntity.class);
		}
		return List.copyOf(entities);
	}

	@Override
	public String describe(SchemaCatalogue catalogue) {
		return "tables User, Account, Session, VerificationToken"
				+ (catalogue.hasTable(AUTHENTICATOR) ? ", Authenticator" : ", no Authenticator table");
	}

}
