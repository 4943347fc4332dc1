package io.github.authadapter.ratelimit;

import java.time.Duration;

/**
 * Thrown when a sign-in link is asked for too often, for one address or from one client.
 */
public class SignInLinkRateLimitException extends RuntimeException {

	private final Duration retryAfter;

	/**
	 * Creates the exception.
	 * @param limit which limit refused, such as {@code per-address}
	 * @param retryAfter how long until the limit lets a link through again
	 */
	public SignInLinkRateLimitException(String limit, Duration retryAfter) {
		super("Over the " + limit + " limit on sign-in links; retry after " + retryAfter.toSeconds() + "s");
		this.retryAfter = retryAfter;
	}

	/**
	 * How long until the limit lets a link through again.
	 */
	public Duration getRetryAfter() {
		return this.retryAfter;
	}

}
