package io.github.authadapter.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns the token of a sign-in link into what the verification_token table stores: the SHA-256 of the token followed
 * by the secret, as lower-case hex. This is what Auth.js's email provider stores, so links issued by either app work
 * in the other when both have the same secret.
 */
public final class VerificationTokenHasher {

	private final String secret;

	/**
	 * Creates a hasher.
	 * @param secret the application's secret, Auth.js's {@code AUTH_SECRET}
	 */
	public VerificationTokenHasher(String secret) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("secret must not be blank; set auth.adapter.secret");
		}
		this.secret = secret;
	}

	public String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest((token + this.secret).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	@Override
	public String toString() {
		return "VerificationTokenHasher[secret hidden]";
	}

}
