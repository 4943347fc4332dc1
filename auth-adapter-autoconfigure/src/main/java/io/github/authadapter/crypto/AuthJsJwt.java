package io.github.authadapter.crypto;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The claims of an Auth.js JWT session token, as the JSON object that the Next.js app's {@code jwt} callback returned,
 * with {@code iat}, {@code exp} and {@code jti} added by the encoder.
 * @param claims every claim; nested JSON objects are maps, arrays are lists, numbers are {@code Long} or
 * {@code Double}, and JSON {@code null} is {@code null}
 */
public record AuthJsJwt(Map<String, @Nullable Object> claims) {

	public AuthJsJwt {
		claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
	}

	/**
	 * The {@code sub} claim: the user's id in Auth.js's default {@code jwt} callback.
	 */
	public @Nullable String subject() {
		return text("sub");
	}

	/**
	 * The {@code name} claim.
	 */
	public @Nullable String name() {
		return text("name");
	}

	/**
	 * The {@code email} claim.
	 */
	public @Nullable String email() {
		return text("email");
	}

	/**
	 * The {@code picture} claim: the user's image in Auth.js's default {@code jwt} callback.
	 */
	public @Nullable String picture() {
		return text("picture");
	}

	/**
	 * The {@code jti} claim, a random UUID per token.
	 */
	public @Nullable String id() {
		return text("jti");
	}

	/**
	 * The {@code iat} claim.
	 */
	public @Nullable Instant issuedAt() {
		return instant("iat");
	}

	/**
	 * The {@code exp} claim, which every accepted token has.
	 */
	public @Nullable Instant expiresAt() {
		return instant("exp");
	}

	/**
	 * A claim by name, or {@code null} when it is absent or JSON {@code null}.
	 */
	public @Nullable Object claim(String name) {
		return this.claims.get(name);
	}

	/**
	 * A JWT NumericDate as an instant, clamped to what {@link Instant} holds so that a huge number cannot throw.
	 */
	static Instant toInstant(Number seconds) {
		double value = seconds.doubleValue();
		if (value >= Instant.MAX.getEpochSecond()) {
			return Instant.MAX;
		}
		if (value <= Instant.MIN.getEpochSecond()) {
			return Instant.MIN;
		}
		return Instant.ofEpochSecond(seconds.longValue());
	}

	private @Nullable String text(String name) {
		return (this.claims.get(name) instanceof String value) ? value : null;
	}

	private @Nullable Instant instant(String name) {
		return (this.claims.get(name) instanceof Number seconds) ? toInstant(seconds) : null;
	}

}
