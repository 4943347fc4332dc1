package io.github.authadapter.crypto;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What decoding an Auth.js JWT session token gave: its claims, or why it was refused, in words fit for one DEBUG line
 * that never contain the token.
 * @param jwt the claims of an accepted token, or {@code null} when refused
 * @param rejection why the token was refused, or {@code null} when accepted
 */
public record AuthJsJwtDecoding(@Nullable AuthJsJwt jwt, @Nullable String rejection) {

	public AuthJsJwtDecoding {
		if ((jwt == null) == (rejection == null)) {
			throw new IllegalArgumentException("A decoding has either claims or a rejection");
		}
	}

	static AuthJsJwtDecoding accepted(AuthJsJwt jwt) {
		return new AuthJsJwtDecoding(jwt, null);
	}

	static AuthJsJwtDecoding rejected(String rejection) {
		return new AuthJsJwtDecoding(null, rejection);
	}

	/**
	 * The claims, when the token was accepted.
	 */
	public Optional<AuthJsJwt> claims() {
		return Optional.ofNullable(this.jwt);
	}

	/**
	 * Whether the token was accepted.
	 */
	public boolean isAccepted() {
		return this.jwt != null;
	}

}
