package io.github.authadapter;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The browser's User-Agent of a sign-in, for the {@link Adapter#createSession(AdapterSession)} call that it makes on
 * the same thread: an adapter whose schema keeps the device of each session stores it, for display on an account
 * page only, since the browser can send anything there. The contract's records stay those of Auth.js.
 */
public final class SessionStart {

	private static final ThreadLocal<@Nullable String> USER_AGENT = new ThreadLocal<>();

	private SessionStart() {
	}

	/**
	 * Runs the action, with the given User-Agent as that of the sessions it creates.
	 */
	public static <T> T withUserAgent(@Nullable String userAgent, Supplier<T> action) {
		String outer = USER_AGENT.get();
		USER_AGENT.set(userAgent);
		try {
			return action.get();
		}
		finally {
			if (outer == null) {
				USER_AGENT.remove();
			}
			else {
				USER_AGENT.set(outer);
			}
		}
	}

	/**
	 * The User-Agent of the sign-in that is creating a session on this thread, as the browser sent it, or null.
	 */
	public static @Nullable String userAgent() {
		return USER_AGENT.get();
	}

}
