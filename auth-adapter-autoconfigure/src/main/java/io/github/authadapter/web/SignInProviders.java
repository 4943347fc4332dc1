package io.github.authadapter.web;

import java.util.List;

/**
 * The sign-in methods that one part of the starter offers, such as email or the OAuth providers, for
 * {@code GET /api/auth/providers}.
 */
@FunctionalInterface
public interface SignInProviders {

	/**
	 * The providers, in the order in which to list them.
	 */
	List<Provider> list();

	/**
	 * A provider as Auth.js lists it.
	 *
	 * @param id the id in the paths {@code /api/auth/signin/{id}} and {@code /api/auth/callback/{id}}
	 * @param name the name to show
	 * @param type Auth.js's type: {@code email}, {@code oauth} or {@code oidc}
	 */
	record Provider(String id, String name, String type) {
	}

}
