package io.github.authadapter.session;

import java.util.Map;

import io.github.authadapter.AdapterUser;
import org.jspecify.annotations.Nullable;

/**
 * Adds fields to the {@code user} object that {@code GET /api/auth/session} returns, as Auth.js's {@code session}
 * callback does. Every bean of this type is applied, in order:
 * <pre>{@code
 * @Bean
 * SessionUserCustomizer exposeRole() {
 *     return (sessionUser, user) -> sessionUser.put("role", user.attribute("role"));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface SessionUserCustomizer {

	/**
	 * Changes the JSON fields of the session's user, which start as {@code id}, {@code name}, {@code email} and
	 * {@code image}.
	 * @param sessionUser the fields, in the order they are written
	 * @param user the signed-in user, with the application's own fields in its attributes
	 */
	void customize(Map<String, @Nullable Object> sessionUser, AdapterUser user);

}
