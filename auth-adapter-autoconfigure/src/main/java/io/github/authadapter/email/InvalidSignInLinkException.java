package io.github.authadapter.email;

import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;

/**
 * Thrown when a sign-in link was already used, has expired, was altered or was never issued. A one-time token
 * failure to Spring Security, so that the login filter hands it to its failure handler.
 */
public class InvalidSignInLinkException extends InvalidOneTimeTokenException {

	/**
	 * The reason code of a link that was already used, was altered or was never issued.
	 */
	public static final String INVALID_LINK = "InvalidLink";

	/**
	 * The reason code of a link whose token has expired.
	 */
	public static final String EXPIRED_LINK = "ExpiredLink";

	private final String reason;

	public InvalidSignInLinkException(String message) {
		this(INVALID_LINK, message);
	}

	/**
	 * Creates the exception.
	 * @param reason {@link #INVALID_LINK} or {@link #EXPIRED_LINK}
	 * @param message what was wrong with the link, without its token
	 */
	public InvalidSignInLinkException(String reason, String message) {
		super(message);
		this.reason = reason;
	}

	/**
	 * {@link #INVALID_LINK} or {@link #EXPIRED_LINK}.
	 */
	public String getReason() {
		return this.reason;
	}

}
