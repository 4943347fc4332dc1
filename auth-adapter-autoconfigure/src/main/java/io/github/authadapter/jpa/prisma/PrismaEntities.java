package io.github.authadapter.jpa.prisma;

import java.util.ArrayList;
import java.util.List;

import io.github.authadapter.jpa.PresetSchema;
import io.github.authadapter.jpa.SchemaCatalogue;
import io.github.authadapter.jpa.UserIdGenerator;
import io.github.authadapter.jpa.kysely.KyselyEntities;
import org.jspecify.annotations.Nullable;

/**
 * The schemas that the documented Prisma models of Auth.js's adapters create: @auth/prisma-adapter's with and
 * without {@code createdAt} and {@code updatedAt}, and NextAuth.js v4's, whose accounts and sessions have cuid ids.
 * Quoted PascalCase tables and text ids in all of them; each table's version is told by its columns.
 */
public final class PrismaEntities implements PresetSchema {

	private static final String USER = "User";

	private static final String ACCOUNT = "Account";

	private static final String SESSION = "Session";

	private static final String VERIFICATION_TOKEN = "VerificationToken";

	private static final String AUTHENTICATOR = "Authenticator";

	private static final String CREATED_AT = "createdAt";

	@Override
	public boolean isFoundIn(SchemaCatalogue catalogue) {
		// As written: Drizzle's tables have the same names in lower case. Kysely's have the same names, with uuid ids.
		return List.of(USER, ACCOUNT, SESSION, VERIFICATION_TOKEN).stream().allMatch(catalogue::hasTableAsWritten)
				&& !KyselyEntities.hasUuidUserIds(catalogue);
	}

	@Override
	public List<Class<?>> entities(@Nullable SchemaCatalogue catalogue) {
		List<Class<?>> entities = new ArrayList<>();
		entities.add(has(catalogue, USER, CREATED_AT) ? PrismaUserEntity.class : PrismaPlainUserEntity.class);
		entities.add(has(catalogue, ACCOUNT, "id") ? PrismaV4AccountEntity.class
				: has(catalogue, ACCOUNT, CREATED_AT) ? PrismaAccountEntity.class : PrismaPlainAccountEntity.class);
		entities.add(has(catalogue, SESSION, "id") ? PrismaV4SessionEntity.class
				: has(catalogue, SESSION, CREATED_AT) ? PrismaSessionEntity.class : PrismaPlainSessionEntity.class);
		entities.add(PrismaVerificationTokenEntity.class);
		if (catalogue == null || catalogue.hasTable(AUTHENTICATOR)) {
			entities.add(PrismaAuthenticatorEntity.class);
		}
		return List.copyOf(entities);
	}

	@Override
	public String describe(SchemaCatalogue catalogue) {
		String version = catalogue.hasColumn(ACCOUNT, "id") ? "NextAuth.js v4's models (cuid ids on Account and Session)"
				: catalogue.hasColumn(USER, CREATED_AT) ? "createdAt and updatedAt" : "no createdAt and updatedAt";
		return "tables User, Account, Session, VerificationToken"
				+ (catalogue.hasTable(AUTHENTICATOR) ? ", Authenticator" : ", no Authenticator table") + "; " + version;
	}

	/**
	 * Ids in the shape of Prisma's {@code @default(cuid())}, which the documented models give new users.
	 */
	@Override
	public UserIdGenerator userIds() {
		return PrismaCuids::next;
	}

	// Without a catalogue, the schema of Auth.js's documentation today: with timestamps, without v4's ids.
	private static boolean has(@Nullable SchemaCatalogue catalogue, String table, String column) {
		return (catalogue == null) ? CREATED_AT.equals(column) : catalogue.hasColumn(table, column);
	}

}
