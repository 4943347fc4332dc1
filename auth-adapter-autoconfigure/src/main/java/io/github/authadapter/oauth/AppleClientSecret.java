package io.github.authadapter.oauth;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Sign in with Apple's client secret: not a fixed string but a JWT that the application signs with the private key
 * of a Sign in with Apple key (ES256, the {@code AuthKey_<key id>.p8} file of Apple's developer site), with the key's
 * id as {@code kid}, the team id as {@code iss}, the client id (the Services ID) as {@code sub} and Apple as
 * {@code aud}. Apple accepts one for six months at the most; this one lives for the lifetime given and is made anew
 * once half of it has passed, so that a secret sent to Apple always has half its lifetime left.
 */
public final class AppleClientSecret {

	/**
	 * The longest lifetime that Apple accepts: 15777000 seconds, six months.
	 */
	public static final Duration MAX_LIFETIME = Duration.ofSeconds(15_777_000);

	/**
	 * The lifetime of a secret unless another is given.
	 */
	public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

	private final String teamId;

	private final String keyId;

	private final String clientId;

	private final ECDSASigner signer;

	private final Duration lifetime;

	private final Clock clock;

	private Current current;

	/**
	 * A secret of the client, made at once, so that a key that cannot sign fails here.
	 * @param teamId the team id of the Apple developer account, ten characters
	 * @param keyId the id of the Sign in with Apple key
	 * @param clientId the client id of the registration, Apple's Services ID
	 * @param privateKey the key, a P-256 key as Apple makes them ({@link #privateKey(String)})
	 * @param lifetime how long a secret is valid, up to {@link #MAX_LIFETIME}
	 * @param clock the clock of the issue and expiry times
	 * @throws IllegalArgumentException for a blank id, a lifetime out of range or a key that is not a P-256 one
	 */
	public AppleClientSecret(String teamId, String keyId, String clientId, ECPrivateKey privateKey, Duration lifetime,
			Clock clock) {
		this.teamId = requireText(teamId, "the team id");
		this.keyId = requireText(keyId, "the key id");
		this.clientId = requireText(clientId, "the client id");
		this.lifetime = checkLifetime(lifetime);
		this.clock = clock;
		this.signer = signer(privateKey);
		this.current = make();
	}

	/**
	 * The lifetime, if Apple accepts it and it leaves a minute at least to a secret that is renewed at half of it.
	 * @throws IllegalArgumentException for a lifetime under 2 minutes or over {@link #MAX_LIFETIME}
	 */
	public static Duration checkLifetime(Duration lifetime) {
		if (lifetime == null || lifetime.compareTo(Duration.ofMinutes(2)) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0) {
			throw new IllegalArgumentException("the lifetime must be between 2 minutes and 15777000 seconds (six "
					+ "months, the most that Apple accepts), but was " + lifetime);
		}
		return lifetime;
	}

	/**
	 * The P-256 key of a {@code .p8} file: PEM-encoded PKCS #8, {@code -----BEGIN PRIVATE KEY-----}.
	 * @throws IllegalArgumentException for anything else; the message does not repeat the text
	 */
	public static ECPrivateKey privateKey(String pem) {
		if (pem == null || !pem.contains("-----BEGIN PRIVATE KEY-----") || !pem.contains("-----END PRIVATE KEY-----")) {
			throw new IllegalArgumentException("the private key is not PEM-encoded PKCS #8 ('-----BEGIN PRIVATE "
					+ "KEY-----'), as the .p8 file that Apple gives");
		}
		String base64 = pem.substring(pem.indexOf("-----BEGIN PRIVATE KEY-----") + 27,
				pem.indexOf("-----END PRIVATE KEY-----"));
		PrivateKey key;
		try {
			key = KeyFactory.getInstance("EC")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64.strip())));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			throw new IllegalArgumentException("the private key is not an elliptic-curve PKCS #8 key, as the .p8 file "
					+ "that Apple gives (" + ex.getClass().getSimpleName() + ")");
		}
		signer((ECPrivateKey) key);
		return (ECPrivateKey) key;
	}

	/**
	 * The secret to send now.
	 */
	public synchronized String value() {
		Instant now = this.clock.instant();
		if (!now.isBefore(this.current.renewAt())) {
			this.current = make();
		}
		return this.current.jwt();
	}

	private Current make() {
		Instant issued = this.clock.instant();
		Instant expires = issued.plus(this.lifetime);
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(this.teamId)
			.subject(this.clientId)
			.audience(AuthJsProviders.APPLE_ISSUER)
			.issueTime(Date.from(issued))
			.expirationTime(Date.from(expires))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(this.keyId).build(), claims);
		try {
			jwt.sign(this.signer);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("The Apple client secret could not be signed: " + ex.getMessage(), ex);
		}
		return new Current(jwt.serialize(), issued.plus(this.lifetime.dividedBy(2)));
	}

	private static ECDSASigner signer(ECPrivateKey privateKey) {
		try {
			if (privateKey == null || !Curve.P_256.equals(Curve.forECParameterSpec(privateKey.getParams()))) {
				throw new JOSEException("not P-256");
			}
			return new ECDSASigner(privateKey);
		}
		catch (JOSEException ex) {
			throw new IllegalArgumentException("the private key is not on the P-256 curve of ES256, as Apple's keys are");
		}
	}

	private static String requireText(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank");
		}
		return value.strip();
	}

	private record Current(String jwt, Instant renewAt) {
	}

}
