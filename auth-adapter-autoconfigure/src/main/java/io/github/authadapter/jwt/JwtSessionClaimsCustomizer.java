package io.github.authadapter.jwt;

import java.util.Map;

import io.github.authadapter.web.SignIn;
import org.jspecify.annotations.Nullable;

/**
 * Adds claims to the JWT session token that a sign-in on the Spring side issues, as the {@code jwt} callback of a
 * Next.js app does on its sign-ins. Every bean of this type is applied, in order; the claims are kept when the token
 * is issued again:
 * <pre>{@code
 * @Bean
 * JwtSessionClaimsCustomizer role() {
 *     return (claims, signIn) -> claims.put("role", signIn.user().attribute("role"));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface JwtSessionClaimsCustomizer {

	/**
	 * Changes the claims of a new token, which start as Auth.js's default {@code jwt} callback makes them:
	 * {@code name}, {@code email}, {@code picture} and {@code sub}, the user's id.
	 * @param claims JSON values by name; {@code iat}, {@code exp} and {@code jti} are set afterwards
	 * @param signIn who signed in, and how
	 */
	void customize(Map<String, @Nullable Object> claims, SignIn signIn);

}
