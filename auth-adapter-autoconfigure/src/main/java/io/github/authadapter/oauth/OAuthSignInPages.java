package io.github.authadapter.oauth;

import java.util.List;

/**
 * Renders the page that explains why an OAuth sign-in failed, and the sign-in page of an application that offers OAuth
 * sign-in only. Define a bean of this type to give them the look of your application.
 */
@FunctionalInterface
public interface OAuthSignInPages {

	String error(ErrorPage error);

	/**
	 * The page with a button per provider, served at {@code GET /api/auth/signin} when sign-in by email is off.
	 */
	default String signIn(SignInPage page) {
		return new DefaultOAuthSignInPages().signIn(page);
	}

	/**
	 * The sign-in page.
	 *
	 * @param providers the providers, each a form that posts to its {@code signInPath} below the context path
	 * @param contextPath the servlet context path, to put before each {@code signInPath}
	 * @param csrfParameter the name of the CSRF field
	 * @param csrfToken the value of the CSRF field
	 * @param callbackUrl the page to show once signed in
	 */
	record SignInPage(List<OAuthProviders.Provider> providers, String contextPath, String csrfParameter,
			String csrfToken, String callbackUrl) {

		@Override
		public String toString() {
			return "SignInPage[providers=" + this.providers + ", callbackUrl=" + this.callbackUrl + "]";
		}

	}

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
