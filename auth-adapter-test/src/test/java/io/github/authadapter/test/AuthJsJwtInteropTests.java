package io.github.authadapter.test;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.authadapter.crypto.AuthJsJweCodec;
import io.github.authadapter.crypto.AuthJsJwt;
import io.github.authadapter.crypto.AuthJsJwtDecoding;
import io.github.authadapter.crypto.AuthJsJwtFormat;
import io.github.authadapter.session.ChunkedCookies;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseCookie;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auth.js's JWT session tokens between the real {@code @auth/core} (Auth.js v5) and {@code next-auth} 4 from npm and
 * the starter's {@link AuthJsJweCodec} and {@link ChunkedCookies}, in both directions. The Node side is
 * {@code interop/authjs-jwt/jwt-interop.mjs}; install it with {@code npm ci --prefix interop/authjs-jwt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthJsJwtInteropTests {

	private static final String COOKIE = "authjs.session-token";

	private static final String SECURE_COOKIE = "__Secure-authjs.session-token";

	private static final String V4_COOKIE = "next-auth.session-token";

	private static final ResponseCookie ATTRIBUTES = ResponseCookie.from("n", "v").path("/").httpOnly(true).build();

	private final String secret = randomSecret();

	private final String oldSecret = randomSecret();

	private AuthJsJwtScript node;

	@BeforeAll
	void installed() {
		this.node = AuthJsJwtScript.installed();
	}

	@Test
	void javaDecodesWhatAuthJsEncodesForBothCookieNamesWithEveryClaimIntact() {
		Map<String, Object> claims = userClaims();
		List<JsonNode> tokens = this.node.run(List.of(encodeV5(claims, this.secret, COOKIE, null),
				encodeV5(claims, this.secret, SECURE_COOKIE, null)));
		AuthJsJwt plain = accepted(AuthJsJweCodec.authJs(List.of(this.secret), COOKIE), token(tokens.get(0)));
		AuthJsJwt secure = accepted(AuthJsJweCodec.authJs(List.of(this.secret), SECURE_COOKIE), token(tokens.get(1)));
		for (AuthJsJwt jwt : List.of(plain, secure)) {
			assertThat(jwt.subject()).isEqualTo("user-1");
			assertThat(jwt.name()).isEqualTo("Ada Lovelace");
			assertThat(jwt.email()).isEqualTo("ada@example.com");
			assertThat(jwt.picture()).isEqualTo("https://example.com/ada.png");
			assertThat(normalized(withoutTimes(jwt.claims()))).isEqualTo(normalized(claims));
			assertThat(jwt.expiresAt()).isBetween(Instant.now().plus(Duration.ofDays(30)).minusSeconds(60),
					Instant.now().plus(Duration.ofDays(30)));
			assertThat(jwt.id()).hasSize(36);
		}
		// The cookie name is the salt of the key: a token is bound to its cookie.
		assertThat(AuthJsJweCodec.authJs(List.of(this.secret), SECURE_COOKIE).decode(token(tokens.get(0))).isAccepted())
			.isFalse();
	}

	@Test
	void javaDecodesWhatNextAuthV4Encodes() {
		Map<String, Object> claims = userClaims();
		JsonNode token = this.node.run(operation("encode", "v4", "claims", claims, "secret", this.secret));
		AuthJsJwt jwt = accepted(AuthJsJweCodec.nextAuthV4(List.of(this.secret)), token(token));
		assertThat(normalized(withoutTimes(jwt.claims()))).isEqualTo(normalized(claims));
		assertThat(AuthJsJweCodec.authJs(List.of(this.secret), V4_COOKIE).decode(token(token)).isAccepted()).isFalse();
	}

	@Test
	void javaWithTheNewAndTheOldSecretAcceptsTokensOfEitherAsAuthJsDoes() {
		List<JsonNode> results = this.node.run(List.of(encodeV5(Map.of("sub", "old"), this.oldSecret, COOKIE, null),
				encodeV5(Map.of("sub", "new"), List.of(this.secret, this.oldSecret), COOKIE, null),
				operation("encode", "v4", "claims", Map.of("sub", "old4"), "secret", this.oldSecret)));
		AuthJsJweCodec rotated = AuthJsJweCodec.authJs(List.of(this.secret, this.oldSecret), COOKIE);
		assertThat(accepted(rotated, token(results.get(0))).subject()).isEqualTo("old");
		assertThat(accepted(rotated, token(results.get(1))).subject()).isEqualTo("new");
		assertThat(accepted(AuthJsJweCodec.authJs(List.of(this.secret), COOKIE), token(results.get(1))).subject())
			.isEqualTo("new");
		assertThat(refusal(AuthJsJweCodec.authJs(List.of(this.secret), COOKIE), token(results.get(0))))
			.contains("key id");
		AuthJsJweCodec rotatedV4 = AuthJsJweCodec.nextAuthV4(List.of(this.secret, this.oldSecret));
		assertThat(accepted(rotatedV4, token(results.get(2))).subject()).isEqualTo("old4");
		// And what Java writes with both secrets, Auth.js reads with both, and with the new one alone.
		String javaToken = rotated.encode(Map.of("sub", "java"), Duration.ofHours(1));
		List<JsonNode> decoded = this.node.run(List.of(decodeV5(javaToken, List.of(this.secret, this.oldSecret), COOKIE),
				decodeV5(javaToken, this.secret, COOKIE), decodeV5(javaToken, this.oldSecret, COOKIE)));
		assertThat(decoded.get(0).at("/claims/sub").asString()).isEqualTo("java");
		assertThat(decoded.get(1).at("/claims/sub").asString()).isEqualTo("java");
		assertThat(decoded.get(2).has("error")).isTrue();
	}

	@Test
	void javaRefusesExactlyTheTokensThatAuthJsRefusesForExpiryOrSecret() {
		List<Map<String, ?>> operations = new ArrayList<>();
		operations.add(encodeV5(Map.of("sub", "long expired"), this.secret, COOKIE, -3600));
		operations.add(encodeV5(Map.of("sub", "just expired"), this.secret, COOKIE, -20));
		operations.add(encodeV5(Map.of("sub", "within tolerance"), this.secret, COOKIE, -5));
		operations.add(encodeV5(Map.of("sub", "other secret"), this.oldSecret, COOKIE, null));
		operations.add(operation("encode", "v4", "claims", Map.of("sub", "v4 expired"), "secret", this.secret,
				"maxAge", -20));
		List<JsonNode> tokens = this.node.run(operations);
		AuthJsJweCodec codec = AuthJsJweCodec.authJs(List.of(this.secret), COOKIE);
		assertThat(refusal(codec, token(tokens.get(0)))).isEqualTo("expired");
		assertThat(refusal(codec, token(tokens.get(1)))).isEqualTo("expired");
		assertThat(accepted(codec, token(tokens.get(2))).subject()).isEqualTo("within tolerance");
		assertThat(refusal(codec, token(tokens.get(3)))).contains("key id");
		assertThat(refusal(AuthJsJweCodec.nextAuthV4(List.of(this.secret)), token(tokens.get(4)))).isEqualTo("expired");
		List<JsonNode> byAuthJs = this.node.run(List.of(decodeV5(token(tokens.get(0)), this.secret, COOKIE),
				decodeV5(token(tokens.get(1)), this.secret, COOKIE), decodeV5(token(tokens.get(2)), this.secret, COOKIE),
				decodeV5(token(tokens.get(3)), this.secret, COOKIE)));
		assertThat(byAuthJs).extracting((result) -> result.has("claims")).containsExactly(false, false, true, false);
	}

	@Test
	void authJsDecodesWhatJavaEncodesWithEveryClaimIntact() {
		Map<String, Object> claims = userClaims();
		String plain = AuthJsJweCodec.authJs(List.of(this.secret), COOKIE).encode(claims, Duration.ofDays(30));
		String secure = AuthJsJweCodec.authJs(List.of(this.secret), SECURE_COOKIE).encode(claims, Duration.ofDays(30));
		String v4 = AuthJsJweCodec.nextAuthV4(List.of(this.secret)).encode(claims, Duration.ofDays(30));
		List<JsonNode> decoded = this.node.run(List.of(decodeV5(plain, this.secret, COOKIE),
				decodeV5(secure, this.secret, SECURE_COOKIE), operation("decode", "v4", "token", v4, "secret", this.secret),
				decodeV5(plain, this.secret, SECURE_COOKIE)));
		for (JsonNode result : decoded.subList(0, 3)) {
			JsonNode nodeClaims = result.get("claims");
			assertThat(nodeClaims.get("exp").asLong() - nodeClaims.get("iat").asLong()).isEqualTo(30 * 24 * 3600);
			assertThat(nodeClaims.get("jti").asString()).hasSize(36);
			assertThat(normalized(withoutTimes(this.node.json().convertValue(nodeClaims, Map.class))))
				.isEqualTo(normalized(claims));
		}
		assertThat(decoded.get(3).has("error")).isTrue();
	}

	@Test
	void authJsRefusesWhatJavaEncodedAsExpired() {
		Clock monthAgo = Clock.offset(Clock.systemUTC(), Duration.ofDays(-31));
		String token = new AuthJsJweCodec(AuthJsJwtFormat.AUTH_JS, List.of(this.secret), COOKIE, monthAgo)
			.encode(Map.of("sub", "1"), Duration.ofDays(30));
		assertThat(this.node.run(decodeV5(token, this.secret, COOKIE)).get("error").asString()).isEqualTo("JWTExpired");
	}

	@Test
	void javaReadsTenKilobytesOfClaimsThatAuthJsChunkedIntoCookies() {
		Map<String, Object> claims = new LinkedHashMap<>(userClaims());
		claims.put("permissions", bigClaim());
		JsonNode token = this.node.run(encodeV5(claims, this.secret, COOKIE, null));
		// Auth.js's own SessionStore splits it, as Auth.js does when it sets the cookie.
		JsonNode written = this.node.run(operation("chunk", "v5", "name", COOKIE, "value", token(token)));
		List<Cookie> cookies = new ArrayList<>();
		written.get("cookies").forEach((cookie) -> cookies.add(new Cookie(cookie.get("name").asString(),
				cookie.get("value").asString())));
		assertThat(cookies).hasSizeGreaterThanOrEqualTo(3);
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(cookies.toArray(Cookie[]::new));
		String joined = new ChunkedCookies(COOKIE, ChunkedCookies.AUTH_JS_CHUNK_SIZE).read(request).joined().orElseThrow();
		AuthJsJwt jwt = accepted(AuthJsJweCodec.authJs(List.of(this.secret), COOKIE), joined);
		assertThat(normalized(withoutTimes(jwt.claims()))).isEqualTo(normalized(claims));
	}

	@Test
	void authJsReadsTheChunkedCookiesThatJavaWritesAndBothExpireTheSameLeftOvers() {
		Map<String, Object> claims = new LinkedHashMap<>(userClaims());
		claims.put("permissions", bigClaim());
		for (String version : List.of("v5", "v4")) {
			boolean v5 = version.equals("v5");
			String name = v5 ? COOKIE : V4_COOKIE;
			AuthJsJweCodec codec = v5 ? AuthJsJweCodec.authJs(List.of(this.secret), name)
					: AuthJsJweCodec.nextAuthV4(List.of(this.secret));
			ChunkedCookies chunked = new ChunkedCookies(name,
					v5 ? ChunkedCookies.AUTH_JS_CHUNK_SIZE : ChunkedCookies.NEXT_AUTH_V4_CHUNK_SIZE);
			String token = codec.encode(claims, Duration.ofDays(1));
			// The request carries an unchunked cookie and five stale chunks, all to be expired or replaced.
			Map<String, String> before = new LinkedHashMap<>();
			before.put(name, "stale");
			for (int i = 0; i < 5; i++) {
				before.put(name + "." + i, "stale" + i);
			}
			MockHttpServletRequest request = new MockHttpServletRequest();
			request.setCookies(before.entrySet().stream().map((e) -> new Cookie(e.getKey(), e.getValue()))
				.toArray(Cookie[]::new));
			List<ResponseCookie> javaCookies = chunked.write(request, token, ATTRIBUTES);
			JsonNode authJsCookies = this.node.run(operation("chunk", version, "name", name, "value", token, "cookies",
					before)).get("cookies");
			assertThat(asMap(javaCookies)).isEqualTo(asMap(authJsCookies));
			Map<String, String> after = new LinkedHashMap<>();
			javaCookies.stream().filter((cookie) -> !cookie.getValue().isEmpty())
				.forEach((cookie) -> after.put(cookie.getName(), cookie.getValue()));
			JsonNode read = this.node.run(operation("getToken", version, "cookies", after, "secret", this.secret,
					"cookieName", name));
			assertThat(normalized(withoutTimes(this.node.json().convertValue(read.get("claims"), Map.class))))
				.as(version)
				.isEqualTo(normalized(claims));
		}
	}

	@Test
	void javaRefusesTheCookieMixturesThatAuthJsCannotReadEither() {
		Map<String, Object> claims = new LinkedHashMap<>(userClaims());
		claims.put("permissions", bigClaim());
		String token = AuthJsJweCodec.authJs(List.of(this.secret), COOKIE).encode(claims, Duration.ofDays(1));
		String small = AuthJsJweCodec.authJs(List.of(this.secret), COOKIE).encode(Map.of("sub", "1"), Duration.ofDays(1));
		List<ResponseCookie> chunks = new ChunkedCookies(COOKIE, ChunkedCookies.AUTH_JS_CHUNK_SIZE)
			.write(new MockHttpServletRequest(), token, ATTRIBUTES);
		assertThat(chunks).hasSizeGreaterThanOrEqualTo(3);
		Map<String, String> missingChunk = Map.of(COOKIE + ".0", chunks.get(0).getValue(), COOKIE + ".2",
				chunks.get(2).getValue());
		Map<String, String> withUnchunked = new LinkedHashMap<>();
		withUnchunked.put(COOKIE, small);
		chunks.forEach((chunk) -> withUnchunked.put(chunk.getName(), chunk.getValue()));
		Map<String, String> withEmptyStaleChunk = Map.of(COOKIE, small, COOKIE + ".0", "");
		List<JsonNode> byAuthJs = this.node.run(List.of(getToken(missingChunk), getToken(withUnchunked),
				getToken(withEmptyStaleChunk)));
		assertThat(byAuthJs).extracting((result) -> result.get("claims").isNull()).containsExactly(true, true, false);
		ChunkedCookies javaSide = new ChunkedCookies(COOKIE, ChunkedCookies.AUTH_JS_CHUNK_SIZE);
		assertThat(javaSide.read(request(missingChunk)).refusal()).contains("missing chunk");
		assertThat(javaSide.read(request(withUnchunked)).refusal()).contains("both");
		assertThat(javaSide.read(request(withEmptyStaleChunk)).joined()).contains(small);
	}

	private Map<String, ?> getToken(Map<String, String> cookies) {
		return operation("getToken", "v5", "cookies", cookies, "secret", this.secret, "cookieName", COOKIE);
	}

	private static MockHttpServletRequest request(Map<String, String> cookies) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(cookies.entrySet().stream().map((e) -> new Cookie(e.getKey(), e.getValue()))
			.toArray(Cookie[]::new));
		return request;
	}

	private static Map<String, String> asMap(List<ResponseCookie> cookies) {
		Map<String, String> map = new LinkedHashMap<>();
		cookies.forEach((cookie) -> map.put(cookie.getName(), cookie.getValue() + "/" + cookie.getMaxAge().toSeconds()));
		return map;
	}

	private static Map<String, String> asMap(JsonNode cookies) {
		Map<String, String> map = new LinkedHashMap<>();
		cookies.forEach((cookie) -> map.put(cookie.get("name").asString(), cookie.get("value").asString() + "/"
				+ (cookie.get("maxAge").isNull() ? -1 : cookie.get("maxAge").asLong())));
		return map;
	}

	private static Map<String, Object> userClaims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("name", "Ada Lovelace");
		claims.put("email", "ada@example.com");
		claims.put("picture", "https://example.com/ada.png");
		claims.put("sub", "user-1");
		claims.put("role", "admin");
		claims.put("org", Map.of("id", 7, "tags", List.of("a", "ü€😀", true), "none", ""));
		claims.put("nothing", null);
		claims.put("ratio", 0.25);
		return claims;
	}

	private static List<String> bigClaim() {
		List<String> permissions = new ArrayList<>();
		for (int i = 0; permissions.size() * 24 < 10_240; i++) {
			permissions.add("permission:" + i + ":read-write");
		}
		return permissions;
	}

	private static Map<String, ?> encodeV5(Map<String, ?> claims, Object secret, String salt, Integer maxAge) {
		Map<String, Object> operation = operation("encode", "v5", "claims", claims, "secret", secret, "salt", salt);
		if (maxAge != null) {
			operation.put("maxAge", maxAge);
		}
		return operation;
	}

	private static Map<String, ?> decodeV5(String token, Object secret, String salt) {
		return operation("decode", "v5", "token", token, "secret", secret, "salt", salt);
	}

	private static Map<String, Object> operation(String op, String version, Object... keysAndValues) {
		Map<String, Object> operation = new LinkedHashMap<>();
		operation.put("op", op);
		operation.put("version", version);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			operation.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return operation;
	}

	private static String token(JsonNode result) {
		return result.get("token").asString();
	}

	private static AuthJsJwt accepted(AuthJsJweCodec codec, String token) {
		AuthJsJwtDecoding decoding = codec.decode(token);
		assertThat(decoding.rejection()).isNull();
		return decoding.claims().orElseThrow();
	}

	private static String refusal(AuthJsJweCodec codec, String token) {
		AuthJsJwtDecoding decoding = codec.decode(token);
		assertThat(decoding.isAccepted()).isFalse();
		return decoding.rejection();
	}

	private static Map<String, Object> withoutTimes(Map<?, ?> claims) {
		Map<String, Object> copy = new LinkedHashMap<>();
		claims.forEach((key, value) -> copy.put((String) key, value));
		copy.keySet().removeAll(List.of("iat", "exp", "jti"));
		return copy;
	}

	/**
	 * The claims as a JSON tree, so that Java's {@code Long} and JavaScript's numbers compare as JSON does.
	 */
	private JsonNode normalized(Map<String, ?> claims) {
		return this.node.json().readTree(this.node.json().writeValueAsString(claims));
	}

	private static String randomSecret() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

}
