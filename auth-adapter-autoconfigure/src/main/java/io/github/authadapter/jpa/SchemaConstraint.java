package io.github.authadapter.jpa;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The constraints of the Auth.js tables whose violation the adapter reports with an exception of its own, by their
 * names: those that the starter's migrations give them, those that Prisma gives them under any table name, and
 * those of the schemas of the presets (Prisma's v5 and v4, Drizzle's, Sequelize's, Supabase's, and PostgreSQL's
 * default name of the one key that @auth/pg-adapter's schema has). Names are matched whole and without regard to
 * case, because H2 reports unquoted names in capitals.
 */
enum SchemaConstraint {

	/**
	 * The email of a user is taken.
	 */
	USER_EMAIL(List.of("_email_key"), "uq_users_email", "User_email_key", "user_email_unique", "users_email_key",
			"email_unique"),

	/**
	 * The provider account is linked already.
	 */
	PROVIDER_ACCOUNT(List.of("_provider_providerAccountId_key", "_provider_provider_account_id_key"),
			"uq_accounts_provider_account", "Account_pkey", "Account_provider_providerAccountId_key",
			"account_provider_providerAccountId_pk", "provider_unique"),

	/**
	 * The session token exists.
	 */
	SESSION_TOKEN(List.of("_sessionToken_key", "_session_token_key"), "uq_sessions_session_token",
			"Session_sessionToken_key", "session_pkey", "sessions_session_token_key", "sessionToken_unique"),

	/**
	 * The verification token exists.
	 */
	VERIFICATION_TOKEN(List.of("_identifier_token_key", "_token_key"), "pk_verification_token",
			"verification_token_pkey", "VerificationToken_pkey",
			"VerificationToken_identifier_token_key", "VerificationToken_token_key",
			"verificationToken_identifier_token_pk", "verification_tokens_pkey", "token_unique",
			"token_identifier_unique"),

	/**
	 * An account, session or authenticator refers to a user that does not exist.
	 */
	USER_REFERENCE(List.of("_userId_fkey", "_user_id_fkey"), "fk_accounts_user", "fk_sessions_user",
			"fk_authenticators_user", "Account_userId_fkey",
			"Session_userId_fkey", "Authenticator_userId_fkey", "account_userId_user_id_fk",
			"session_userId_user_id_fk", "authenticator_userId_user_id_fk", "accounts_user_id_fkey",
			"sessions_user_id_fkey", "accounts_userId_fkey", "sessions_userId_fkey");

	private final List<String> prismaSuffixes;

	private final List<String> names;

	SchemaConstraint(List<String> prismaSuffixes, String... names) {
		this.prismaSuffixes = prismaSuffixes;
		this.names = List.of(names);
	}

	/**
	 * The constraint of that name, if it is one of these: one of their names, or else a name that Prisma gives
	 * them after whatever table {@code @@map} names, {@code <table>_<columns>_key} or {@code <table>_<column>_fkey}.
	 * The session token's suffix is tried before the verification token's, which it ends with.
	 */
	static Optional<SchemaConstraint> named(String name) {
		return Arrays.stream(values())
			.filter((constraint) -> constraint.names.stream().anyMatch(name::equalsIgnoreCase))
			.findFirst()
			.or(() -> Arrays.stream(values())
				.filter((constraint) -> constraint.prismaSuffixes.stream().anyMatch((suffix) -> endsWith(name, suffix)))
				.findFirst());
	}

	/**
	 * Whether the name ends with the suffix, in any case, after at least one character of its own.
	 */
	static boolean endsWith(String name, String suffix) {
		return name.length() > suffix.length()
				&& name.regionMatches(true, name.length() - suffix.length(), suffix, 0, suffix.length());
	}

}
