package io.github.authadapter.crypto;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.jspecify.annotations.Nullable;

/**
 * Encodes and decodes Auth.js's encrypted JWT session token, as {@code encode} and {@code decode} of
 * {@code @auth/core/jwt} (Auth.js v5) or {@code next-auth/jwt} (NextAuth.js v4) do, for one cookie name.
 * <p>
 * The token is a compact JWE with {@code alg: dir}: the content key is derived from the secret by HKDF-SHA-256. With
 * several secrets, the first encrypts and every one decrypts, so that a secret can be rotated. The keys are derived
 * once, here, so that a request pays only for its decryption. Decoding never throws: a token
 * that is not exactly a valid, current token of one of the secrets comes back refused, with a reason that never
 * contains the token. Instances are thread-safe.
 */
public final class AuthJsJweCodec {

	/**
	 * The shortest secret accepted, in UTF-8 bytes: as many as the random bytes in a secret of {@code npx auth secret}.
	 */
	public static final int MIN_SECRET_BYTES = 32;

	/**
	 * The longest token decoded, in characters, checked before any parsing; about 16 full cookies.
	 */
	public static final int MAX_TOKEN_LENGTH = 64 * 1024;

	/**
	 * How far {@code exp} and {@code nbf} may be off, as Auth.js's decode allows.
	 */
	public static final Duration CLOCK_TOLERANCE = Duration.ofSeconds(15);

	/**
	 * Auth.js's default {@code session.maxAge}: 30 days.
	 */
	public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(30);

	private final AuthJsJwtFormat format;

	private final Clock clock;

	private final List<DerivedKey> keys;

	private final @Nullable String encryptionKeyId;

	private final DirectEncrypter encrypter;

	/**
	 * A codec for Auth.js v5 tokens in the cookie of the given name, which is the salt of the key derivation.
	 * @param secrets the Next.js app's {@code AUTH_SECRET}, or several, newest first
	 * @param cookieName {@code authjs.session-token}, or {@code __Secure-authjs.session-token} over HTTPS
	 */
	public static AuthJsJweCodec authJs(List<String> secrets, String cookieName) {
		return new AuthJsJweCodec(AuthJsJwtFormat.AUTH_JS, secrets, cookieName, Clock.systemUTC());
	}

	/**
	 * A codec for the session tokens of NextAuth.js v4, whose key derivation has an empty salt for every cookie name.
	 * @param secrets the Next.js app's {@code NEXTAUTH_SECRET}, or several, newest first
	 */
	public static AuthJsJweCodec nextAuthV4(List<String> secrets) {
		return new AuthJsJweCodec(AuthJsJwtFormat.NEXT_AUTH_V4, secrets, "", Clock.systemUTC());
	}

	/**
	 * A codec with the given format, secrets, salt and clock.
	 * @param format which version of Auth.js wrote or reads the tokens
	 * @param secrets at least one secret of at least {@value #MIN_SECRET_BYTES} bytes, newest first
	 * @param salt the salt of the key derivation: the cookie name for Auth.js v5, empty for NextAuth.js v4 sessions
	 * @param clock the clock for {@code iat}, {@code exp} and their check
	 */
	public AuthJsJweCodec(AuthJsJwtFormat format, List<String> secrets, String salt, Clock clock) {
		checkSecrets(secrets);
		if (format == AuthJsJwtFormat.AUTH_JS && salt.isEmpty()) {
			throw new IllegalArgumentException("Auth.js v5 derives its JWT key with the cookie name as salt; give the "
					+ "name of the session cookie, for example authjs.session-token");
		}
		this.format = format;
		this.clock = clock;
		List<DerivedKey> keys = new ArrayList<>();
		for (String secret : secrets) {
			for (EncryptionMethod method : format.read()) {
				keys.add(DerivedKey.derive(format, secret, salt, method));
			}
		}
		this.keys = List.copyOf(keys);
		DerivedKey first = keys.stream().filter((key) -> key.method().equals(format.written())).findFirst().get();
		this.encryptionKeyId = format.writesKeyId() ? first.keyId() : null;
		this.encrypter = first.encrypter();
	}

	/**
	 * Encrypts the claims as a token that expires after {@code maxAge}, with {@code iat}, {@code exp} and a random
	 * {@code jti} set, replacing any that the claims have.
	 * @param claims JSON values: strings, numbers, booleans, {@code null}, maps and lists of them
	 * @param maxAge the session's lifetime, Auth.js's {@code session.maxAge}
	 * @throws IllegalArgumentException when the token would be longer than {@value #MAX_TOKEN_LENGTH} characters,
	 * which {@link #decode} refuses
	 */
	public String encode(Map<String, ? extends @Nullable Object> claims, Duration maxAge) {
		return issue(claims, maxAge).token();
	}

	/**
	 * Encrypts the claims as {@link #encode} does, and returns the token with the claims it holds.
	 * @param claims JSON values: strings, numbers, booleans, {@code null}, maps and lists of them
	 * @param maxAge the session's lifetime, Auth.js's {@code session.maxAge}
	 * @throws IllegalArgumentException when the token would be longer than {@value #MAX_TOKEN_LENGTH} characters
	 */
	public Issued issue(Map<String, ? extends @Nullable Object> claims, Duration maxAge) {
		if (maxAge.isNegative()) {
			throw new IllegalArgumentException("maxAge must not be negative, but is " + maxAge);
		}
		long now = this.clock.instant().getEpochSecond();
		Map<String, @Nullable Object> payload = new LinkedHashMap<>(claims);
		payload.put("iat", now);
		payload.put("exp", now + maxAge.toSeconds());
		payload.put("jti", UUID.randomUUID().toString());
		JWEHeader header = new JWEHeader.Builder(JWEAlgorithm.DIR, this.format.written()).keyID(this.encryptionKeyId)
			.build();
		JWEObject jwe = new JWEObject(header, new Payload(JSONObjectUtils.toJSONString(payload)));
		try {
			jwe.encrypt(this.encrypter);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not encrypt an Auth.js JWT", ex);
		}
		String token = jwe.serialize();
		if (token.length() > MAX_TOKEN_LENGTH) {
			throw new IllegalArgumentException("The claims make a token of " + token.length()
					+ " characters, over the " + MAX_TOKEN_LENGTH + " that decode accepts; store fewer claims");
		}
		return new Issued(token, new AuthJsJwt(payload));
	}

	/**
	 * Decrypts and checks a token. Never throws for any input.
	 * @param token the cookie's value, chunks joined, or {@code null}
	 */
	public AuthJsJwtDecoding decode(@Nullable String token) {
		if (token == null || token.isEmpty()) {
			return AuthJsJwtDecoding.rejected("no token");
		}
		if (token.length() > MAX_TOKEN_LENGTH) {
			return AuthJsJwtDecoding.rejected("token longer than " + MAX_TOKEN_LENGTH + " characters");
		}
		int parts = (int) token.chars().filter((c) -> c == '.').count() + 1;
		if (parts != 5) {
			return AuthJsJwtDecoding.rejected((parts == 3) ? "a signed JWT or other three-part token, not a JWE"
					: "not a compact JWE: " + parts + " parts instead of 5");
		}
		try {
			return decrypt(JWEObject.parse(token));
		}
		catch (ParseException ex) {
			return AuthJsJwtDecoding.rejected("malformed JWE: bad base64url, bad header JSON or not a JWE header");
		}
		catch (RuntimeException ex) {
			// Nimbus reports most bad input as ParseException, but not all; the type is enough to diagnose.
			return AuthJsJwtDecoding.rejected("malformed JWE (" + ex.getClass().getSimpleName() + ")");
		}
	}

	private AuthJsJwtDecoding decrypt(JWEObject jwe) {
		JWEHeader header = jwe.getHeader();
		if (!JWEAlgorithm.DIR.equals(header.getAlgorithm())) {
			return AuthJsJwtDecoding.rejected("key management algorithm is not dir");
		}
		if (!this.format.read().contains(header.getEncryptionMethod())) {
			return AuthJsJwtDecoding.rejected("content encryption is not one of " + this.format.read());
		}
		// Auth.js never compresses; refusing zip also rules out a decompression bomb.
		if (header.getCompressionAlgorithm() != null) {
			return AuthJsJwtDecoding.rejected("compressed (zip), which Auth.js never writes");
		}
		if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
			return AuthJsJwtDecoding.rejected("critical header parameters, which Auth.js never writes");
		}
		// Auth.js v5 decrypts a token without kid with its first secret only; NextAuth.js v4 never writes a kid, so
		// there every secret is tried, which is what makes rotation possible for it.
		List<DerivedKey> candidates = (header.getKeyID() == null && this.format.writesKeyId())
				? this.keys.subList(0, this.format.read().size()) : this.keys;
		boolean keyFound = false;
		for (DerivedKey key : candidates) {
			if (key.fits(header)) {
				keyFound = true;
				try {
					jwe.decrypt(key.decrypter());
				}
				catch (JOSEException ex) {
					// Another secret may fit a NextAuth.js v4 token.
					continue;
				}
				try {
					return check(JSONObjectUtils.parse(jwe.getPayload().toString()));
				}
				catch (ParseException ex) {
					return AuthJsJwtDecoding.rejected("payload is not a JSON object");
				}
			}
		}
		return AuthJsJwtDecoding.rejected(keyFound ? "decryption failed: tampered, truncated or another secret's"
				: "no configured secret has the token's key id");
	}

	private AuthJsJwtDecoding check(Map<String, @Nullable Object> claims) {
		long now = this.clock.instant().getEpochSecond();
		long tolerance = CLOCK_TOLERANCE.toSeconds();
		// Auth.js always writes exp; a token without one would never expire, so it is refused.
		if (!(claims.get("exp") instanceof Number exp)) {
			return AuthJsJwtDecoding.rejected("exp claim missing or not a number");
		}
		if (exp.doubleValue() <= now - tolerance) {
			return AuthJsJwtDecoding.rejected("expired");
		}
		Object notBefore = claims.get("nbf");
		if (notBefore != null && !(notBefore instanceof Number)) {
			return AuthJsJwtDecoding.rejected("nbf claim not a number");
		}
		if (notBefore instanceof Number nbf && nbf.doubleValue() > now + tolerance) {
			return AuthJsJwtDecoding.rejected("not valid yet (nbf)");
		}
		if (claims.containsKey("iat") && !(claims.get("iat") instanceof Number)) {
			return AuthJsJwtDecoding.rejected("iat claim not a number");
		}
		return AuthJsJwtDecoding.accepted(new AuthJsJwt(claims));
	}

	private static void checkSecrets(List<String> secrets) {
		if (secrets.isEmpty()) {
			throw new IllegalArgumentException("auth.adapter.secret is not set. Auth.js JWT sessions need the Next.js "
					+ "app's AUTH_SECRET; make one with `npx auth secret` or `openssl rand -base64 33`");
		}
		for (int i = 0; i < secrets.size(); i++) {
			int length = secrets.get(i).getBytes(StandardCharsets.UTF_8).length;
			if (length < MIN_SECRET_BYTES) {
				String which = (secrets.size() > 1) ? " number " + (i + 1) : "";
				throw new IllegalArgumentException("auth.adapter.secret" + which + " is " + length + " bytes long; Auth.js JWT sessions need at least " + MIN_SECRET_BYTES
						+ ". Give both apps a new secret made with `npx auth secret` or `openssl rand -base64 33`");
			}
		}
	}

	/**
	 * A token just encoded, with the claims it holds, {@code iat}, {@code exp} and {@code jti} included.
	 * @param token the compact JWE
	 * @param jwt its claims
	 */
	public record Issued(String token, AuthJsJwt jwt) {

		@Override
		public String toString() {
			return "Issued[token hidden, exp=" + this.jwt.expiresAt() + "]";
		}

	}

	/**
	 * A key derived from one secret for one content encryption, with its JWK thumbprint.
	 */
	private record DerivedKey(EncryptionMethod method, String keyId, DirectDecrypter decrypter,
			DirectEncrypter encrypter) {

		static DerivedKey derive(AuthJsJwtFormat format, String secret, String salt, EncryptionMethod method) {
			byte[] key = HkdfSha256.derive(secret.getBytes(StandardCharsets.UTF_8),
					salt.getBytes(StandardCharsets.UTF_8), format.info(salt).getBytes(StandardCharsets.UTF_8),
					method.cekBitLength() / 8);
			try {
				// Auth.js hashes the thumbprint with SHA-256 for a 32-byte key and SHA-512 for a 64-byte one.
				String thumbprint = new OctetSequenceKey.Builder(key).build()
					.computeThumbprint("SHA-" + method.cekBitLength())
					.toString();
				return new DerivedKey(method, thumbprint, new DirectDecrypter(key), new DirectEncrypter(key));
			}
			catch (JOSEException ex) {
				throw new IllegalStateException("Could not make a " + method + " key", ex);
			}
		}

		/**
		 * Whether this key may decrypt the token: same content encryption and, when the token names its key, this one.
		 */
		boolean fits(JWEHeader header) {
			return this.method.equals(header.getEncryptionMethod())
					&& (header.getKeyID() == null || this.keyId.equals(header.getKeyID()));
		}

	}

}
