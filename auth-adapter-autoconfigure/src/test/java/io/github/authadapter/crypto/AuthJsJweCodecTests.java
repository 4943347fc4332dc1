package io.github.authadapter.crypto;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.CompressionAlgorithm;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.AESEncrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link AuthJsJweCodec} on its own: round trips, rotation, the clock, secrets, and hostile tokens. That the
 * tokens are Auth.js's own is proven against the real {@code @auth/core} in {@code AuthJsJwtInteropTests}.
 */
class AuthJsJweCodecTests {

	private static final String SECRET = "the new secret of thirty-two+ bytes";

	private static final String OLD_SECRET = "the old secret of thirty-two+ bytes";

	private static final String COOKIE = "authjs.session-token";

	private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	private final AuthJsJweCodec codec = codec(List.of(SECRET), NOW);

	@Test
	void decodesWhatItEncodedWithEveryClaimIntact() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("sub", "42");
		claims.put("name", "Ada");
		claims.put("email", "ada@example.com");
		claims.put("picture", null);
		claims.put("roles", List.of("admin", Map.of("team", "core", "level", 3)));
		AuthJsJwt jwt = this.codec.decode(this.codec.encode(claims, Duration.ofDays(30))).claims().orElseThrow();
		assertThat(jwt.subject()).isEqualTo("42");
		assertThat(jwt.name()).isEqualTo("Ada");
		assertThat(jwt.email()).isEqualTo("ada@example.com");
		assertThat(jwt.picture()).isNull();
		assertThat(jwt.claims()).containsEntry("picture", null);
		assertThat(jwt.claim("roles")).isEqualTo(List.of("admin", Map.of("team", "core", "level", 3L)));
		assertThat(jwt.issuedAt()).isEqualTo(NOW);
		assertThat(jwt.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
		assertThat(jwt.id()).hasSize(36);
	}

	@Test
	void writesAuthJsHeaderWithTheKeysSha512ThumbprintAsKeyId() throws Exception {
		JWEHeader header = JWEObject.parse(this.codec.encode(Map.of(), Duration.ofHours(1))).getHeader();
		assertThat(header.getAlgorithm()).isEqualTo(JWEAlgorithm.DIR);
		assertThat(header.getEncryptionMethod()).isEqualTo(EncryptionMethod.A256CBC_HS512);
		assertThat(header.getKeyID()).isEqualTo(new OctetSequenceKey.Builder(key(SECRET, COOKIE, 64)).build()
			.computeThumbprint("SHA-512")
			.toString());
	}

	@Test
	void replacesIssuedAtExpiryAndIdThatTheClaimsBring() {
		AuthJsJwt jwt = decoded(this.codec.encode(Map.of("iat", 1, "exp", 2, "jti", "mine"), Duration.ofMinutes(5)));
		assertThat(jwt.issuedAt()).isEqualTo(NOW);
		assertThat(jwt.expiresAt()).isEqualTo(NOW.plusSeconds(300));
		assertThat(jwt.id()).isNotEqualTo("mine");
	}

	@Test
	void encryptsWithTheFirstSecretAndDecryptsWithEvery() {
		String oldToken = codec(List.of(OLD_SECRET), NOW).encode(Map.of("sub", "old"), Duration.ofDays(1));
		AuthJsJweCodec rotated = codec(List.of(SECRET, OLD_SECRET), NOW);
		assertThat(decoded(rotated, oldToken).subject()).isEqualTo("old");
		String newToken = rotated.encode(Map.of("sub", "new"), Duration.ofDays(1));
		assertThat(decoded(this.codec, newToken).subject()).isEqualTo("new");
		assertThat(codec(List.of(OLD_SECRET), NOW).decode(newToken).isAccepted()).isFalse();
	}

	@Test
	void decryptsATokenWithoutKeyIdWithTheFirstSecretOnlyAsAuthJsDoes() throws Exception {
		String claims = "{\"sub\":\"no kid\",\"exp\":" + NOW.plusSeconds(60).getEpochSecond() + "}";
		JWEHeader withoutKeyId = new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256CBC_HS512).build();
		AuthJsJweCodec rotated = codec(List.of(SECRET, OLD_SECRET), NOW);
		assertThat(decoded(rotated, jwe(withoutKeyId, claims, key(SECRET, COOKIE, 64))).subject()).isEqualTo("no kid");
		assertRefused(rotated, jwe(withoutKeyId, claims, key(OLD_SECRET, COOKIE, 64)), "decryption failed");
	}

	@Test
	void acceptsATokenUpToFifteenSecondsPastItsExpiryAsAuthJsDoes() {
		String token = this.codec.encode(Map.of(), Duration.ofMinutes(1));
		assertThat(codec(List.of(SECRET), NOW.plusSeconds(60 + 14)).decode(token).isAccepted()).isTrue();
		assertRefused(codec(List.of(SECRET), NOW.plusSeconds(60 + 15)), token, "expired");
	}

	@Test
	void refusesATokenOfAnotherCookieNameWhoseKeyHasAnotherSalt() {
		String token = this.codec.encode(Map.of(), Duration.ofDays(1));
		AuthJsJweCodec secure = new AuthJsJweCodec(AuthJsJwtFormat.AUTH_JS, List.of(SECRET),
				"__Secure-authjs.session-token", clock(NOW));
		assertRefused(secure, token, "key id");
	}

	@Test
	void refusesASecretShorterThan32BytesNamingTheProperty() {
		assertThatIllegalArgumentException().isThrownBy(() -> AuthJsJweCodec.authJs(List.of("short"), COOKIE))
			.withMessageContaining("auth.adapter.secret")
			.withMessageContaining("5 bytes")
			.withMessageContaining("at least 32")
			.withMessageNotContaining("short");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AuthJsJweCodec.nextAuthV4(List.of(SECRET, "x".repeat(31))))
			.withMessageContaining("auth.adapter.secret number 2");
		assertThatIllegalArgumentException().isThrownBy(() -> AuthJsJweCodec.authJs(List.of(), COOKIE))
			.withMessageContaining("auth.adapter.secret is not set");
	}

	@Test
	void refusesToEncodeClaimsThatMakeATokenDecodeWouldRefuse() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.codec.encode(Map.of("big", "x".repeat(AuthJsJweCodec.MAX_TOKEN_LENGTH)),
					Duration.ofDays(1)))
			.withMessageContaining("store fewer claims");
	}

	@Test
	void nextAuthV4TokensAreA256GcmWithoutKeyIdAndNotAuthJsOnes() throws Exception {
		AuthJsJweCodec v4 = new AuthJsJweCodec(AuthJsJwtFormat.NEXT_AUTH_V4, List.of(SECRET), "", clock(NOW));
		String token = v4.encode(Map.of("sub", "4"), Duration.ofDays(1));
		JWEHeader header = JWEObject.parse(token).getHeader();
		assertThat(header.getEncryptionMethod()).isEqualTo(EncryptionMethod.A256GCM);
		assertThat(header.getKeyID()).isNull();
		assertThat(decoded(v4, token).subject()).isEqualTo("4");
		assertRefused(this.codec, token, "decryption failed");
		assertRefused(v4, this.codec.encode(Map.of(), Duration.ofDays(1)), "content encryption");
	}

	@Test
	void acceptsA256GcmTokensOfAuthJsAsItsDecodeDoes() throws Exception {
		byte[] key = key(SECRET, COOKIE, 32);
		String kid = new OctetSequenceKey.Builder(key).build().computeThumbprint("SHA-256").toString();
		String token = jwe(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM).keyID(kid).build(),
				"{\"sub\":\"gcm\",\"exp\":" + NOW.plusSeconds(60).getEpochSecond() + "}", key);
		assertThat(decoded(token).subject()).isEqualTo("gcm");
	}

	@Test
	void refusesTamperedTruncatedAndWronglyKeyedTokens() {
		String token = this.codec.encode(Map.of("sub", "42"), Duration.ofDays(1));
		String[] parts = token.split("\\.");
		assertRefused(token.substring(0, token.length() - 10), "decryption failed");
		assertRefused(token.substring(0, token.lastIndexOf('.')), "parts");
		assertRefused(String.join(".", parts[0], parts[1], parts[2], flip(parts[3]), parts[4]), "decryption failed");
		assertRefused(String.join(".", parts[0], parts[1], parts[2], parts[3], flip(parts[4])), "decryption failed");
		assertRefused(String.join(".", parts[0], parts[1], flip(parts[2]), parts[3], parts[4]), "decryption failed");
		assertRefused(codec(List.of(OLD_SECRET), NOW), token, "key id");
	}

	@Test
	void refusesAnythingThatIsNotACompactJweOfAuthJs() throws Exception {
		byte[] key = key(SECRET, COOKIE, 64);
		String kid = new OctetSequenceKey.Builder(key).build().computeThumbprint("SHA-512").toString();
		String claims = "{\"sub\":\"x\",\"exp\":" + NOW.plusSeconds(60).getEpochSecond() + "}";
		assertRefused(null, "no token");
		assertRefused("", "no token");
		assertRefused("a".repeat(AuthJsJweCodec.MAX_TOKEN_LENGTH + 1), "longer than");
		assertRefused("a.b.c.d.e.f", "6 parts");
		assertRefused("!!!.b.c.d.e", "malformed");
		assertRefused(base64("{\"alg\":") + "..AAAA.AAAA.AAAA", "malformed");
		assertRefused(base64("{\"alg\":\"none\"}") + "..AAAA.AAAA.AAAA", "malformed");
		assertRefused(base64("{\"alg\":\"dir\",\"enc\":\"A256CBC-HS512\",\"x\":" + "[".repeat(40_000)) + "..AAAA.AAAA.AAAA",
				"malformed");
		JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.HS512), new Payload(claims));
		jws.sign(new MACSigner(key));
		assertRefused(jws.serialize(), "signed JWT");
		JWEObject wrapped = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.A256KW, EncryptionMethod.A256CBC_HS512)
			.keyID(kid)
			.build(), new Payload(claims));
		wrapped.encrypt(new AESEncrypter(key(SECRET, COOKIE, 32)));
		assertRefused(wrapped.serialize(), "not dir");
		assertRefused(jwe(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A128GCM).build(), claims,
				key(SECRET, COOKIE, 16)), "content encryption");
		assertRefused(jwe(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256CBC_HS512).keyID(kid)
			.compressionAlgorithm(CompressionAlgorithm.DEF)
			.build(), claims, key), "zip");
		assertRefused(jwe(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256CBC_HS512).keyID(kid)
			.criticalParams(java.util.Set.of("exp"))
			.customParam("exp", 1)
			.build(), claims, key), "critical");
		JWEHeader header = new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256CBC_HS512).keyID(kid).build();
		assertRefused(jwe(header, "not json", key), "not a JSON object");
		assertRefused(jwe(header, "[1,2]", key), "not a JSON object");
		assertRefused(jwe(header, "{\"sub\":\"x\"}", key), "exp claim missing");
		assertRefused(jwe(header, "{\"exp\":\"tomorrow\"}", key), "exp claim missing");
		assertRefused(jwe(header, "{\"exp\":1e300,\"nbf\":" + NOW.plusSeconds(16).getEpochSecond() + "}", key),
				"not valid yet");
		assertRefused(jwe(header, "{\"exp\":1e300,\"iat\":\"now\"}", key), "iat");
		assertThat(decoded(jwe(header, "{\"exp\":1e300}", key)).expiresAt()).isEqualTo(Instant.MAX);
	}

	@Test
	void refusesEveryTruncationAndEveryChangedCharacterOfAToken() {
		String token = this.codec.encode(Map.of("sub", "42", "role", "admin"), Duration.ofDays(1));
		AuthJsJwt original = decoded(token);
		for (int length = 0; length < token.length(); length++) {
			assertThat(this.codec.decode(token.substring(0, length)).isAccepted()).as("cut at %d", length).isFalse();
		}
		int sameBytes = 0;
		for (int i = 0; i < token.length(); i++) {
			char changed = (token.charAt(i) == 'A') ? 'B' : 'A';
			AuthJsJwtDecoding decoding = this.codec.decode(token.substring(0, i) + changed + token.substring(i + 1));
			if (decoding.isAccepted()) {
				// Only the unused low bits of a part's last base64url character may change, which leaves its bytes.
				boolean lastOfPart = i + 1 == token.length() || token.charAt(i + 1) == '.';
				assertThat(lastOfPart).as("changed at %d", i).isTrue();
				assertThat(decoding.jwt()).isEqualTo(original);
				sameBytes++;
			}
		}
		assertThat(sameBytes).isLessThanOrEqualTo(4);
	}

	@Test
	void decodesAndEncodesFromManyThreadsAtOnce() throws Exception {
		String token = this.codec.encode(Map.of("sub", "42"), Duration.ofDays(1));
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String subject = "user-" + i;
				results.add(threads.submit(() -> {
					for (int round = 0; round < 500; round++) {
						if (!"42".equals(decoded(token).subject()) || !subject
							.equals(decoded(this.codec.encode(Map.of("sub", subject), Duration.ofDays(1))).subject())) {
							return false;
						}
					}
					return true;
				}));
			}
			for (java.util.concurrent.Future<Boolean> result : results) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private void assertRefused(@org.jspecify.annotations.Nullable String token, String reason) {
		assertRefused(this.codec, token, reason);
	}

	private static void assertRefused(AuthJsJweCodec codec, @org.jspecify.annotations.Nullable String token,
			String reason) {
		AuthJsJwtDecoding decoding = codec.decode(token);
		assertThat(decoding.isAccepted()).as(reason).isFalse();
		assertThat(decoding.claims()).isEmpty();
		assertThat(decoding.rejection()).contains(reason).hasSizeLessThan(120);
		if (token != null && token.length() >= 8) {
			for (String part : token.split("\\.")) {
				if (part.length() >= 8) {
					assertThat(decoding.rejection()).doesNotContain(part.substring(0, 8));
				}
			}
		}
	}

	private AuthJsJwt decoded(String token) {
		return decoded(this.codec, token);
	}

	private static AuthJsJwt decoded(AuthJsJweCodec codec, String token) {
		AuthJsJwtDecoding decoding = codec.decode(token);
		assertThat(decoding.rejection()).isNull();
		return decoding.claims().orElseThrow();
	}

	private static AuthJsJweCodec codec(List<String> secrets, Instant now) {
		return new AuthJsJweCodec(AuthJsJwtFormat.AUTH_JS, secrets, COOKIE, clock(now));
	}

	private static Clock clock(Instant now) {
		return Clock.fixed(now, ZoneOffset.UTC);
	}

	private static byte[] key(String secret, String salt, int length) {
		return HkdfSha256.derive(secret.getBytes(StandardCharsets.UTF_8), salt.getBytes(StandardCharsets.UTF_8),
				AuthJsJwtFormat.AUTH_JS.info(salt).getBytes(StandardCharsets.UTF_8), length);
	}

	private static String jwe(JWEHeader header, String payload, byte[] key) throws Exception {
		JWEObject jwe = new JWEObject(header, new Payload(payload));
		jwe.encrypt(new DirectEncrypter(key));
		return jwe.serialize();
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The part with its first character changed, still valid base64url.
	 */
	private static String flip(String part) {
		return ((part.charAt(0) == 'A') ? "B" : "A") + part.substring(1);
	}

}
