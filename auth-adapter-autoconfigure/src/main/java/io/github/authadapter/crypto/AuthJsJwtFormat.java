package io.github.authadapter.crypto;

import java.util.List;

import com.nimbusds.jose.EncryptionMethod;

/**
 * The two ways in which Auth.js has encrypted its JWT session token: Auth.js v5 ({@code @auth/core}, next-auth 5) and
 * NextAuth.js v4.
 */
public enum AuthJsJwtFormat {

	/**
	 * Auth.js v5: writes {@code A256CBC-HS512} with the key's JWK thumbprint as {@code kid}, reads that and
	 * {@code A256GCM}; the key is HKDF-SHA-256 of the secret with the cookie name as salt.
	 */
	AUTH_JS(EncryptionMethod.A256CBC_HS512, List.of(EncryptionMethod.A256CBC_HS512, EncryptionMethod.A256GCM), true),

	/**
	 * NextAuth.js v4: {@code A256GCM} without {@code kid}; the key is HKDF-SHA-256 of the secret with an empty salt
	 * for its session token.
	 */
	NEXT_AUTH_V4(EncryptionMethod.A256GCM, List.of(EncryptionMethod.A256GCM), false);

	private final EncryptionMethod written;

	private final List<EncryptionMethod> read;

	private final boolean keyId;

	AuthJsJwtFormat(EncryptionMethod written, List<EncryptionMethod> read, boolean keyId) {
		this.written = written;
		this.read = read;
		this.keyId = keyId;
	}

	EncryptionMethod written() {
		return this.written;
	}

	List<EncryptionMethod> read() {
		return this.read;
	}

	/**
	 * Whether tokens carry the key's JWK thumbprint as {@code kid}.
	 */
	boolean writesKeyId() {
		return this.keyId;
	}

	/**
	 * The HKDF info for a salt, as {@code getDerivedEncryptionKey} of each version builds it.
	 */
	String info(String salt) {
		if (this == AUTH_JS) {
			return "Auth.js Generated Encryption Key (" + salt + ")";
		}
		return "NextAuth.js Generated Encryption Key" + (salt.isEmpty() ? "" : " (" + salt + ")");
	}

}
