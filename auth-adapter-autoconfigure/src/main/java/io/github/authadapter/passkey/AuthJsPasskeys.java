package io.github.authadapter.passkey;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.authadapter.AdapterAuthenticator;
import io.github.authadapter.AuthenticatorUse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;

/**
 * The mapping between Spring Security's {@link CredentialRecord} and Auth.js's Authenticator row, as Auth.js's passkey
 * provider writes and reads it: credential id and COSE public key in standard base64, the device type
 * {@code singleDevice}/{@code multiDevice} for backup eligibility, comma-separated transports, and the user's id as
 * the WebAuthn user handle.
 * <p>
 * Auth.js keeps no attestation object, label, creation or last-use time, nor whether user verification was done at
 * registration: a record read back has none of them; its label is made up from its id, and its creation and last-use
 * times are those of the reading.
 */
public final class AuthJsPasskeys {

	/**
	 * The id of Auth.js's passkey provider, the {@code provider} of the account next to each authenticator.
	 */
	public static final String PROVIDER_ID = "passkey";

	/**
	 * The {@code type} of that account.
	 */
	public static final String ACCOUNT_TYPE = "webauthn";

	static final String SINGLE_DEVICE = "singleDevice";

	static final String MULTI_DEVICE = "multiDevice";

	private AuthJsPasskeys() {
	}

	/**
	 * The credential id as Auth.js stores it: standard base64 with padding.
	 */
	public static String credentialId(Bytes credentialId) {
		return Base64.getEncoder().encodeToString(credentialId.getBytes());
	}

	/**
	 * The bytes of a stored credential id or public key. Standard base64 is what Auth.js writes; base64url, which
	 * older rows may hold, is read as well.
	 */
	static byte[] decode(String stored, String field) {
		try {
			boolean url = stored.indexOf('-') >= 0 || stored.indexOf('_') >= 0;
			return (url ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(stored);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(field + " is not base64: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The WebAuthn user handle of a user: the bytes of its id.
	 */
	public static Bytes userHandle(String userId) {
		return new Bytes(userId.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The user id that a user handle carries.
	 */
	public static String userId(Bytes userHandle) {
		return new String(userHandle.getBytes(), StandardCharsets.UTF_8);
	}

	/**
	 * The stored authenticator and its dates as Spring Security's credential record. A date the schema does not know
	 * is left to Spring's default, now, as its record and its passkey page have no way to say unknown; a last use
	 * that is not known is the registration.
	 */
	public static CredentialRecord toCredentialRecord(AdapterAuthenticator authenticator, AuthenticatorUse use) {
		Bytes credentialId = new Bytes(decode(authenticator.credentialID(), "credentialID"));
		ImmutableCredentialRecord.ImmutableCredentialRecordBuilder record = ImmutableCredentialRecord.builder();
		if (use.createdAt() != null) {
			record.created(use.createdAt()).lastUsed(use.createdAt());
		}
		if (use.lastUsedAt() != null) {
			record.lastUsed(use.lastUsedAt());
		}
		return record
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.credentialId(credentialId)
			.userEntityUserId(userHandle(authenticator.userId()))
			.publicKey(new ImmutablePublicKeyCose(decode(authenticator.credentialPublicKey(), "credentialPublicKey")))
			.signatureCount(authenticator.counter())
			.transports(transports(authenticator.transports()))
			.backupEligible(MULTI_DEVICE.equals(authenticator.credentialDeviceType()))
			.backupState(authenticator.credentialBackedUp())
			.label(label(credentialId))
			.build();
	}

	/**
	 * Spring Security's credential record as the authenticator row Auth.js writes.
	 */
	public static AdapterAuthenticator toAuthenticator(CredentialRecord record) {
		String credentialId = credentialId(record.getCredentialId());
		String transports = record.getTransports()
			.stream()
			.map(AuthenticatorTransport::getValue)
			.collect(Collectors.joining(","));
		return new AdapterAuthenticator(credentialId, userId(record.getUserEntityUserId()), credentialId,
				Base64.getEncoder().encodeToString(record.getPublicKey().getBytes()), record.getSignatureCount(),
				record.isBackupEligible() ? MULTI_DEVICE : SINGLE_DEVICE, record.isBackupState(),
				transports.isEmpty() ? null : transports);
	}

	/**
	 * The name a passkey is shown with, since Auth.js stores none: the start of its base64url id.
	 */
	static String label(Bytes credentialId) {
		String id = credentialId.toBase64UrlString();
		return "Passkey " + id.substring(0, Math.min(8, id.length()));
	}

	private static Set<AuthenticatorTransport> transports(@Nullable String stored) {
		Set<AuthenticatorTransport> transports = new LinkedHashSet<>();
		if (stored != null) {
			for (String transport : stored.split(",")) {
				if (!transport.isBlank()) {
					transports.add(AuthenticatorTransport.valueOf(transport.trim()));
				}
			}
		}
		return transports;
	}

}
