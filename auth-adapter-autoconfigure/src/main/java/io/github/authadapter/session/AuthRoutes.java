package io.github.authadapter.session;

/**
 * The paths of the Auth.js endpoints that the starter serves, under Auth.js's default base path.
 */
public final class AuthRoutes {

	/**
	 * Auth.js's default base path, under which all of its endpoints live.
	 */
	public static final String BASE_PATH = "/api/auth";

	/**
	 * All endpoints, for use in {@code requestMatchers(...)}.
	 */
	public static final String ALL = BASE_PATH + "/**";

	public static final String SESSION = BASE_PATH + "/session";

	public static final String CSRF = BASE_PATH + "/csrf";

	public static final String SIGN_IN = BASE_PATH + "/signin";

	public static final String SIGN_IN_EMAIL = BASE_PATH + "/signin/email";

	public static final String CALLBACK_EMAIL = BASE_PATH + "/callback/email";

	public static final String VERIFY_REQUEST = BASE_PATH + "/verify-request";

	public static final String SIGN_OUT = BASE_PATH + "/signout";

	/**
	 * Not an Auth.js endpoint: ends one of the signed-in user's other sessions.
	 */
	public static final String REVOKE_SESSION = BASE_PATH + "/sessions/revoke";

	private AuthRoutes() {
	}

}
