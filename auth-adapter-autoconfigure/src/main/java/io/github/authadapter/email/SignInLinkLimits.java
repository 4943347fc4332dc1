package io.github.authadapter.email;

import io.github.authadapter.LiveSignInLinks;
import io.github.authadapter.ratelimit.SignInLinkRateLimiter;


/**
 * How many sign-in links may be sent, and how many of one address may work at once.
 * @param rateLimiter the limits per address and per client, checked before a link is stored
 * @param liveLinks the store operation that deletes the oldest links beyond {@code maxLiveLinks}
 * @param maxLiveLinks how many links of one address work at once, at least 1
 */
public record SignInLinkLimits(SignInLinkRateLimiter rateLimiter, LiveSignInLinks liveLinks, int maxLiveLinks) {

	/**
	 * The default of how many links of one address work at once: the three a rate limit of three per ten minutes lets
	 * through, so that a user who asked again and again can use any of them.
	 */
	public static final int DEFAULT_MAX_LIVE_LINKS = 3;

	public SignInLinkLimits {
		if (maxLiveLinks < 1) {
			throw new IllegalArgumentException("maxLiveLinks must be at least 1, but was " + maxLiveLinks
					+ "; set auth.adapter.email.max-live-links to 1 or more");
		}
	}

	/**
	 * No limits: every link is sent, and every link works until it expires or is used.
	 */
	public static SignInLinkLimits none() {
		return new SignInLinkLimits(SignInLinkRateLimiter.none(), LiveSignInLinks.uncapped(), Integer.MAX_VALUE);
	}

}
