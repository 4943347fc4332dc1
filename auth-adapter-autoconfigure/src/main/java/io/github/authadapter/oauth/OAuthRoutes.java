package io.github.authadapter.oauth;

import io.github.authadapter.web.AuthRoutes;


/**
 * The paths of the OAuth endpoints, as Auth.js names them, so that OAuth apps registered for an Auth.js site work
 * unchanged.
 */
public final class OAuthRoutes {

	/**
	 * {@code POST /api/auth/signin/{provider}} with {@code csrfToken} starts sign-in with a provider.
	 */
	public static final String SIGN_IN_BASE = AuthRoutes.SIGN_IN;

	/**
	 * The provider sends the browser back to {@code /api/auth/callback/{provider}}.
	 */
	public static final String CALLBACK_BASE = AuthRoutes.BASE_PATH + "/callback";

	/**
	 * The redirect URI of a registration that sets none, as a Spring Security URI template.
	 */
	public static final String DEFAULT_REDIRECT_URI = "{baseUrl}" + CALLBACK_BASE + "/{registrationId}";

	/**
	 * The page that explains why a sign-in failed, with the Auth.js error code as {@code error}.
	 */
	public static final String ERROR = AuthRoutes.ERROR;

	/**
	 * Not an Auth.js endpoint: {@code POST} with {@code provider} and {@code providerAccountId} unlinks one of the
	 * signed-in user's accounts.
	 */
	public static final String UNLINK = AuthRoutes.BASE_PATH + "/accounts/unlink";

	private OAuthRoutes() {
	}

	/**
	 * The path that starts sign-in with the provider of the registration.
	 */
	public static String signIn(String registrationId) {
		return SIGN_IN_BASE + "/" + registrationId;
	}

	/**
	 * The path to which the provider of the registration sends the browser back.
	 */
	public static String callback(String registrationId) {
		return CALLBACK_BASE + "/" + registrationId;
	}

}
