package io.github.authadapter.oauth;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why an OAuth sign-in did not happen, with the code that the error page receives as {@code error}. The codes of
 * Auth.js are kept where Auth.js has one.
 */
public enum OAuthSignInError {

	/**
	 * Auth.js's code: a user with the provider's email address exists, and the provider may not link by email.
	 */
	OAUTH_ACCOUNT_NOT_LINKED("OAuthAccountNotLinked", "This email address already has an account",
			"Someone signed up with this email address before, using another way to sign in. To keep accounts safe, "
					+ "we do not connect them automatically. Sign in the way you did the first time; once signed in, "
					+ "you can connect this provider too."),

	/**
	 * The provider account is linked to a user other than the one signed in.
	 */
	ACCOUNT_LINKED_TO_ANOTHER_USER("AccountLinkedToAnotherUser", "This account belongs to another user",
			"The account you signed in with at the provider is already connected to a different user here. Sign out, "
					+ "then sign in with it to use that user, or connect a different account."),

	/**
	 * Auth.js's code: the person, or the provider, refused the sign-in.
	 */
	ACCESS_DENIED("AccessDenied", "Sign-in was cancelled",
			"The provider did not let us sign you in, perhaps because access was declined. You can try again."),

	/**
	 * Auth.js's code: the answer of the provider could not be used, for example because the sign-in took too long.
	 */
	OAUTH_CALLBACK_ERROR("OAuthCallbackError", "Sign-in did not complete",
			"The answer from the provider could not be used. This happens when a sign-in page was left open too long "
					+ "or opened twice. Please start again.");

	private final String code;

	private final String title;

	private final String message;

	OAuthSignInError(String code, String title, String message) {
		this.code = code;
		this.title = title;
		this.message = message;
	}

	/**
	 * The value of the {@code error} parameter of the error page.
	 */
	public String code() {
		return this.code;
	}

	/**
	 * A short heading for the error page.
	 */
	public String title() {
		return this.title;
	}

	/**
	 * What happened and what to do, for the error page.
	 */
	public String message() {
		return this.message;
	}

	/**
	 * The error with the code, if it is one of these.
	 */
	public static Optional<OAuthSignInError> ofCode(String code) {
		return Arrays.stream(values()).filter((error) -> error.code.equals(code)).findFirst();
	}

}
