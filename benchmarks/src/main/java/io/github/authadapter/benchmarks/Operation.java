package io.github.authadapter.benchmarks;

/**
 * What one call of a measurement does. The Node script knows each by its {@link #key()}.
 */
public enum Operation {

	/** {@code getSessionAndUser} of a random existing session. */
	GET_SESSION_AND_USER("getSessionAndUser", "getSessionAndUser"),

	/** {@code createSession} of a new random token for a random existing user. */
	CREATE_SESSION("createSession", "createSession"),

	/** {@code useVerificationToken} of a token loaded before the measurement, each used once. */
	USE_VERIFICATION_TOKEN("useVerificationToken", "useVerificationToken"),

	/**
	 * A new visitor's whole sign-in by email link, six calls: createVerificationToken, useVerificationToken,
	 * getUserByEmail (finds nobody), createUser, createSession, getSessionAndUser.
	 */
	EMAIL_SIGN_IN("emailSignIn", "email sign-in (6 calls)"),

	/**
	 * An HTTP request for a page that needs a session, signed in by the session cookie of a random existing user:
	 * through the starter's filter chain with a database session or a JWT session, or with a hand-written raw JDBC
	 * lookup of the database session instead of the filter chain. Java only.
	 */
	SIGNED_IN_REQUEST("signedInRequest", "HTTP request signed in by its cookie");

	private final String key;

	private final String label;

	Operation(String key, String label) {
		this.key = key;
		this.label = label;
	}

	/**
	 * The name the Node script and the report use.
	 */
	public String key() {
		return this.key;
	}

	/**
	 * The name in tables and charts.
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Whether the operation is a call of the adapter, which every implementation, Node's too, makes.
	 */
	public boolean isAdapterCall() {
		return this != SIGNED_IN_REQUEST;
	}

	/**
	 * Whether the operation consumes verification tokens that must be loaded before it runs.
	 */
	public boolean consumesTokens() {
		return this == USE_VERIFICATION_TOKEN;
	}

	/**
	 * Whether the operation adds rows that must be removed after it ran, so every measurement sees the same data.
	 */
	public boolean addsRows() {
		return this == CREATE_SESSION || this == EMAIL_SIGN_IN;
	}

}
