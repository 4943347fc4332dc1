package io.github.authadapter.web;

/**
 * Where the pages of the sign-in flow are, as Auth.js's {@code pages} option: the starter's own pages by default, or
 * the application's.
 *
 * @param signIn the page that asks for an email address, where protected pages send anonymous visitors
 * @param verifyRequest the page shown after a sign-in link was sent
 */
public record PageLocations(String signIn, String verifyRequest) {

	public PageLocations {
		requirePath(signIn, "signIn");
		requirePath(verifyRequest, "verifyRequest");
	}

	/**
	 * The starter's own pages, at Auth.js's paths.
	 */
	public static PageLocations defaults() {
		return new PageLocations(AuthRoutes.SIGN_IN, AuthRoutes.VERIFY_REQUEST);
	}

	private static void requirePath(String path, String field) {
		if (path == null || !path.startsWith("/") || path.startsWith("//")) {
			throw new IllegalArgumentException(field + " must be a path on this site that starts with '/', but was '"
					+ path + "'; set auth.adapter.pages." + (field.equals("signIn") ? "sign-in" : "verify-request"));
		}
	}

}
