package io.github.authadapter.oauth;

/**
 * Renders the page that explains why an OAuth sign-in failed. Define a bean of this type to give it the look of your
 * application.
 */
@FunctionalInterface
public interface OAuthSignInPages {

	String error(ErrorPage error);

	/**
	 * An error page.
	 *
	 * @param status the HTTP status
	 * @param code the error code, such as {@code OAuthAccountNotLinked}
	 * @param title a short heading
	 * @param message what happened and what to do
	 * @param signInUrl where to start again
	 */
	record ErrorPage(int status, String code, String title, String message, String signInUrl) {
	}

}
