package io.github.authadapter.ratelimit;

/**
 * Decides whether one more sign-in link may be sent, before anything is stored or mailed.
 */
public interface SignInLinkRateLimiter {

	/**
	 * Counts one link for the address and for the client that asks for it.
	 * @param address the normalised email address the link goes to
	 * @param client the network address of the client, such as {@code HttpServletRequest.getRemoteAddr()}
	 * @throws SignInLinkRateLimitException if either is over its limit
	 */
	void acquire(String address, String client);

	/**
	 * A limiter that lets every link through.
	 */
	static SignInLinkRateLimiter none() {
		return (address, client) -> {
		};
	}

}
