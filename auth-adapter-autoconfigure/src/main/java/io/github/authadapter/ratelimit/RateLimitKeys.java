package io.github.authadapter.ratelimit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import io.github.authadapter.crypto.HmacSha256;

/**
 * The names of the buckets: an HMAC-SHA-256 of the address or client address, keyed by the application's secret, as
 * hex. A plain hash of an IPv4 address could be reversed by hashing all 2^32 of them; without the secret no name can
 * be computed. The HMAC's key is derived from the secret for this use alone, so the names reveal nothing of what the
 * secret keys elsewhere.
 */
public final class RateLimitKeys {

	private static final String PURPOSE = "auth-adapter sign-in link rate limit keys";

	private final byte[] key;

	/**
	 * Creates the names under a secret.
	 * @param secret the application's secret, {@code auth.adapter.secret}
	 */
	public RateLimitKeys(String secret) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("secret must not be blank; set auth.adapter.secret");
		}
		this.key = HmacSha256.derive(secret, PURPOSE);
	}

	/**
	 * The name of an address's bucket.
	 */
	public String address(String address) {
		return "address:" + name("address:" + address);
	}

	/**
	 * The name of a client's bucket.
	 */
	public String client(String client) {
		return "client:" + name("client:" + client);
	}

	private String name(String value) {
		return HexFormat.of().formatHex(HmacSha256.of(this.key, value.getBytes(StandardCharsets.UTF_8)));
	}

	@Override
	public String toString() {
		return "RateLimitKeys[secret hidden]";
	}

}
