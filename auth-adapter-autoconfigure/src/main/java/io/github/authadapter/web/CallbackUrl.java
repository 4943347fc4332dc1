package io.github.authadapter.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The page to return to after signing in or out, as Auth.js's {@code callbackUrl}. Only paths on this site are
 * accepted, so that a crafted link cannot send a person elsewhere. An absolute URL of the site that the request came to
 * is accepted as its path, since Auth.js's browser client sends the address of the page it runs on.
 */
public final class CallbackUrl {

	/**
	 * Where to go when no acceptable callback URL is given.
	 */
	public static final String DEFAULT = "/";

	private CallbackUrl() {
	}

	/**
	 * The given path, or the path of an absolute URL below the request's own site and context path, if it is a path
	 * on this site; otherwise {@value #DEFAULT}.
	 */
	public static String sameSite(HttpServletRequest request, @Nullable String callbackUrl) {
		if (callbackUrl != null) {
			String site = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).toUriString();
			if (callbackUrl.equals(site)) {
				return DEFAULT;
			}
			if (callbackUrl.startsWith(site + "/")) {
				return sameSite(callbackUrl.substring(site.length()));
			}
		}
		return sameSite(callbackUrl);
	}

	/**
	 * The given path if it is a path on this site, otherwise {@value #DEFAULT}.
	 */
	public static String sameSite(@Nullable String callbackUrl) {
		if (callbackUrl == null || callbackUrl.isEmpty() || callbackUrl.length() > 2048) {
			return DEFAULT;
		}
		// "//host" and "/\host" are read by browsers as addresses on another host.
		if (!callbackUrl.startsWith("/") || callbackUrl.startsWith("//") || callbackUrl.indexOf('\\') >= 0) {
			return DEFAULT;
		}
		for (int i = 0; i < callbackUrl.length(); i++) {
			if (Character.isISOControl(callbackUrl.charAt(i)) || Character.isWhitespace(callbackUrl.charAt(i))) {
				return DEFAULT;
			}
		}
		return callbackUrl;
	}

}
