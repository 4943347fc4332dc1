package io.github.authadapter.web;

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

	/**
	 * The signed-in user and the expiry of the session, as JSON.
	 */
	public static final String SESSION = BASE_PATH + "/session";

	/**
	 * The CSRF token for state-changing requests, as JSON.
	 */
	public static final String CSRF = BASE_PATH + "/csrf";

	/**
	 * The starter's own sign-in page.
	 */
	public static final String SIGN_IN = BASE_PATH + "/signin";

	/**
	 * Where the email form posts to, to send a sign-in link.
	 */
	public static final String SIGN_IN_EMAIL = BASE_PATH + "/signin/email";

	/**
	 * The target of sign-in links: a confirm page on GET, the sign-in on POST.
	 */
	public static final String CALLBACK_EMAIL = BASE_PATH + "/callback/email";

	/**
	 * The starter's own "check your email" page.
	 */
	public static final String VERIFY_REQUEST = BASE_PATH + "/verify-request";

	/**
	 * Ends the session of the cookie, or all of the user's sessions.
	 */
	public static final String SIGN_OUT = BASE_PATH + "/signout";

	/**
	 * Auth.js's error page, with the reason as {@code ?error=<code>}.
	 */
	public static final String ERROR = BASE_PATH + "/error";

	/**
	 * Not an Auth.js endpoint: ends one of the signed-in user's other sessions.
	 */
	public static final String REVOKE_SESSION = BASE_PATH + "/sessions/revoke";

	private AuthRoutes() {
	}

}
