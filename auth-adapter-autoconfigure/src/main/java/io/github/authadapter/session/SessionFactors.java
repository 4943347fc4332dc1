package io.github.authadapter.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The factors with which a database session was signed in, such as {@code FACTOR_OTT} for a sign-in link or
 * {@code FACTOR_AUTHORIZATION_CODE} for OAuth, kept in a cookie beside the session cookie so that the
 * {@link AdapterSessionAuthentication} of every later request has them again, as
 * {@code @EnableMultiFactorAuthentication} needs.
 * <p>
 * Auth.js's sessions table has no column for them, and a column the starter added would be missing from schemas that
 * an Auth.js app or Prisma owns; so the cookie holds each factor with the second it was issued, and an HMAC-SHA256
 * keyed with the secret over those and the session's token. A cookie that was changed, made up without the secret, or
 * belongs to another session counts as no factors. So does its absence: a session that an Auth.js app started, or
 * one that the starter started before it kept factors, has only {@link AdapterSessionAuthentication#USER_AUTHORITY}.
 */
public final class SessionFactors {

	/**
	 * The cookie over HTTP.
	 */
	public static final String COOKIE = "auth-adapter.session-factors";

	/**
	 * The cookie over HTTPS, which the {@code __Host-} prefix keeps to this host and to secure connections.
	 */
	public static final String SECURE_COOKIE = "__Host-auth-adapter.session-factors";

	/**
	 * The longest cookie value that is read: a few factors take well under a hundred characters.
	 */
	static final int MAX_LENGTH = 1024;

	private static final Pattern AUTHORITY = Pattern.compile("FACTOR_[A-Z0-9_]{1,64}");

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	/**
	 * Creates the factors' signer.
	 * @param secret the application's secret, {@code auth.adapter.secret}
	 */
	public SessionFactors(String secret) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("secret must not be blank; set auth.adapter.secret");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	/**
	 * The cookie value for the factors of a session: {@code AUTHORITY:epochSecond} for each, joined by dots, and the
	 * HMAC last. Null when there are none to keep.
	 * @param sessionToken the token of the session, which the value is bound to
	 * @param factors the factors; of two with one authority, the later issued counts
	 */
	@Nullable String sign(String sessionToken, Collection<FactorGrantedAuthority> factors) {
		Map<String, Long> issued = new LinkedHashMap<>();
		for (FactorGrantedAuthority factor : factors) {
			if (AUTHORITY.matcher(factor.getAuthority()).matches()) {
				issued.merge(factor.getAuthority(), factor.getIssuedAt().getEpochSecond(), Math::max);
			}
		}
		if (issued.isEmpty()) {
			return null;
		}
		List<String> entries = new ArrayList<>();
		issued.forEach((authority, second) -> entries.add(authority + ":" + second));
		String payload = String.join(".", entries);
		return payload + "." + mac(sessionToken, payload);
	}

	/**
	 * The factors of a cookie value, if it is intact and bound to the session; none otherwise.
	 */
	List<FactorGrantedAuthority> verify(String sessionToken, @Nullable String value) {
		if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
			return List.of();
		}
		int lastDot = value.lastIndexOf('.');
		if (lastDot <= 0) {
			return List.of();
		}
		String payload = value.substring(0, lastDot);
		byte[] expected = mac(sessionToken, payload).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, value.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII))) {
			return List.of();
		}
		List<FactorGrantedAuthority> factors = new ArrayList<>();
		for (String entry : payload.split("\\.")) {
			int colon = entry.indexOf(':');
			if (colon < 0 || !AUTHORITY.matcher(entry.substring(0, colon)).matches()) {
				return List.of();
			}
			try {
				factors.add(FactorGrantedAuthority.withAuthority(entry.substring(0, colon))
					.issuedAt(Instant.ofEpochSecond(Long.parseLong(entry.substring(colon + 1))))
					.build());
			}
			catch (RuntimeException ex) {
				return List.of();
			}
		}
		return List.copyOf(factors);
	}

	private String mac(String sessionToken, String payload) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			// The label keeps these MACs apart from any other use of the secret; NUL cannot occur in either part.
			mac.update("auth-adapter session factors\0".getBytes(StandardCharsets.UTF_8));
			mac.update(sessionToken.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return BASE64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", ex);
		}
	}

	@Override
	public String toString() {
		return "SessionFactors[secret hidden]";
	}

}
