package io.github.authadapter.autoconfigure;

import java.time.Clock;

/**
 * The source of "now" for session expiry, sign-in links and cleanup: {@link Clock#systemUTC()} unless the application
 * defines a bean of this type, such as {@code new AuthAdapterClock(Clock.fixed(...))} in a test. A type of the
 * starter's own, so that it never meets an application's own {@link Clock} bean: neither is injected in place of the
 * other.
 *
 * @param clock the clock
 */
public record AuthAdapterClock(Clock clock) {

	public AuthAdapterClock {
		if (clock == null) {
			throw new IllegalArgumentException("clock must not be null");
		}
	}

}
