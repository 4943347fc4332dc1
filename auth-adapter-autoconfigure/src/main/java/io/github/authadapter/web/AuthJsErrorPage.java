package io.github.authadapter.web;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.HttpStatus;

/**
 * The codes of Auth.js's error page, {@code GET /api/auth/error?error=<code>}, that concern every sign-in method, with
 * what the page says for each. The OAuth error page knows codes of its own besides these.
 */
public enum AuthJsErrorPage {

	/**
	 * A sign-in link that was used already, has expired or was altered.
	 */
	VERIFICATION("Verification", HttpStatus.FORBIDDEN, "This sign-in link does not work",
			"It may have been used already, or it has expired. Each link works once, for a limited time. "
					+ "Ask for a new one."),

	/**
	 * The application refused the sign-in.
	 */
	ACCESS_DENIED("AccessDenied", HttpStatus.FORBIDDEN, "Sign-in was refused",
			"This address may not sign in here. If you think it should, ask the people who run this site."),

	/**
	 * Sign-in is not set up correctly. Not Auth.js's 500: anyone can ask for this page, and a 5xx would count as a
	 * failure of the server.
	 */
	CONFIGURATION("Configuration", HttpStatus.BAD_REQUEST, "Sign-in is not working",
			"Signing in is not set up correctly at the moment. Please try again later.");

	private final String code;

	private final HttpStatus status;

	private final String title;

	private final String message;

	AuthJsErrorPage(String code, HttpStatus status, String title, String message) {
		this.code = code;
		this.status = status;
		this.title = title;
		this.message = message;
	}

	/**
	 * The value of the {@code error} parameter.
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The status of the page.
	 */
	public HttpStatus status() {
		return this.status;
	}

	/**
	 * A short heading.
	 */
	public String title() {
		return this.title;
	}

	/**
	 * What happened and what to do.
	 */
	public String message() {
		return this.message;
	}

	/**
	 * The page of the code, if it is one of these.
	 */
	public static Optional<AuthJsErrorPage> ofCode(String code) {
		return Arrays.stream(values()).filter((page) -> page.code.equals(code)).findFirst();
	}

}
