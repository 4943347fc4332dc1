package io.github.authadapter.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The requests that another site may post, because they carry a proof of their own that a CSRF token or the
 * {@code Origin} check would only duplicate: a provider's answer in {@code response_mode=form_post}, whose state
 * matches the authorization request that this browser started. A filter that has checked that proof marks the
 * request with {@link #allow(HttpServletRequest)} before the cross-site filter and the CSRF filter run; both let a
 * marked request through. A request attribute cannot be set from outside the application.
 */
public final class CrossSitePosts {

	private static final String ATTRIBUTE = CrossSitePosts.class.getName() + ".allowed";

	private CrossSitePosts() {
	}

	/**
	 * Marks the request as one that another site may post.
	 */
	public static void allow(HttpServletRequest request) {
		request.setAttribute(ATTRIBUTE, Boolean.TRUE);
	}

	/**
	 * Whether a filter marked the request as one that another site may post.
	 */
	public static boolean allowed(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
	}

}
