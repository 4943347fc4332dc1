package io.github.authadapter.email;

import org.jspecify.annotations.Nullable;

/**
 * Renders the HTML pages of the email sign-in flow. Define a bean of this type to give them the look of your
 * application, for example with a template engine.
 */
public interface EmailSignInPages {

	/**
	 * The form that asks for an email address.
	 */
	String signIn(SignInForm form);

	/**
	 * The page shown once a link was sent.
	 */
	String verifyRequest(String signInUrl);

	/**
	 * The page that a sign-in link opens. It must consume nothing, and offer a form that posts the hidden fields back
	 * to {@link ConfirmForm#action()}, because mail scanners open links before people do.
	 */
	String confirm(ConfirmForm form);

	/**
	 * A page explaining what went wrong, such as an expired link.
	 */
	String error(ErrorPage error);

	/**
	 * The sign-in form.
	 *
	 * @param action where the form posts to
	 * @param csrfParameter the name of the CSRF field
	 * @param csrfToken the value of the CSRF field
	 * @param callbackUrl the page to show once signed in
	 * @param error a message about the previous attempt, or null
	 * @param email the refused address of the previous attempt, to correct it, or empty
	 */
	record SignInForm(String action, String csrfParameter, String csrfToken, String callbackUrl,
			@Nullable String error, String email) {

		/**
		 * A form with an empty address field.
		 */
		public SignInForm(String action, String csrfParameter, String csrfToken, String callbackUrl,
				@Nullable String error) {
			this(action, csrfParameter, csrfToken, callbackUrl, error, "");
		}

	}

	/**
	 * The confirmation form of a sign-in link.
	 *
	 * @param action where the form posts to
	 * @param csrfParameter the name of the CSRF field
	 * @param csrfToken the value of the CSRF field
	 * @param email the address being signed in
	 * @param token the token of the link, to post back
	 * @param callbackUrl the page to show once signed in
	 */
	record ConfirmForm(String action, String csrfParameter, String csrfToken, String email, String token,
			String callbackUrl) {

		@Override
		public String toString() {
			return "ConfirmForm[email=" + this.email + ", token hidden]";
		}

	}

	/**
	 * An error page.
	 *
	 * @param status the HTTP status
	 * @param title a short heading
	 * @param message what happened and what to do
	 * @param signInUrl where to start again
	 */
	record ErrorPage(int status, String title, String message, String signInUrl) {
	}

}
