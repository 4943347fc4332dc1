package io.github.authadapter.jpa;

/**
 * The logical names of the Auth.js tables and mixed-case columns, as the starter's entities declare them. Each
 * carries a prefix by which {@link AuthAdapterNamingStrategy} tells the starter's names from the application's own:
 * it strips the prefix and applies the configured table names and column casing, and leaves every other name, such
 * as an application entity's own {@code users} table, to the application's naming strategy.
 * <p>
 * An entity of yours that extends one of the starter's base classes names its table with one of these, so that it
 * maps the configured table: {@code @Table(name = AuthJsNames.USERS)}.
 */
public final class AuthJsNames {

	/**
	 * The prefix that marks a logical name as the starter's. Letters and underscores only: Hibernate would quote a
	 * name with other characters.
	 */
	public static final String PREFIX = "auth_adapter__";

	/**
	 * The users table, {@code users} unless configured otherwise.
	 */
	public static final String USERS = PREFIX + "users";

	/**
	 * The accounts table, {@code accounts} unless configured otherwise.
	 */
	public static final String ACCOUNTS = PREFIX + "accounts";

	/**
	 * The sessions table, {@code sessions} unless configured otherwise.
	 */
	public static final String SESSIONS = PREFIX + "sessions";

	/**
	 * The verification tokens table, {@code verification_token} unless configured otherwise.
	 */
	public static final String VERIFICATION_TOKENS = PREFIX + "verification_token";

	/**
	 * The authenticators table, {@code authenticators} unless configured otherwise.
	 */
	public static final String AUTHENTICATORS = PREFIX + "authenticators";

	/**
	 * The mixed-case columns, named as {@code auth.adapter.schema.naming} says.
	 */
	public static final String USER_ID = "`" + PREFIX + "userId`";

	public static final String EMAIL_VERIFIED = "`" + PREFIX + "emailVerified`";

	public static final String PROVIDER_ACCOUNT_ID = "`" + PREFIX + "providerAccountId`";

	public static final String SESSION_TOKEN = "`" + PREFIX + "sessionToken`";

	public static final String CREDENTIAL_ID = "`" + PREFIX + "credentialID`";

	public static final String CREDENTIAL_PUBLIC_KEY = "`" + PREFIX + "credentialPublicKey`";

	public static final String CREDENTIAL_DEVICE_TYPE = "`" + PREFIX + "credentialDeviceType`";

	public static final String CREDENTIAL_BACKED_UP = "`" + PREFIX + "credentialBackedUp`";

	private AuthJsNames() {
	}

}
