package io.github.authadapter;

import org.jspecify.annotations.Nullable;

/**
 * A WebAuthn credential (passkey) registered by a user, with the fields of Auth.js's {@code AdapterAuthenticator}.
 *
 * @param credentialID the credential id, in standard base64 as Auth.js's passkey provider stores it
 * @param userId the id of the user that registered it
 * @param providerAccountId the id of the WebAuthn account it belongs to, the credential id again for Auth.js
 * @param credentialPublicKey the COSE public key in standard base64
 * @param counter the signature counter
 * @param credentialDeviceType {@code singleDevice} or {@code multiDevice}
 * @param credentialBackedUp whether the credential is backed up
 * @param transports comma-separated transports, such as {@code usb,nfc}
 */
public record AdapterAuthenticator(String credentialID, String userId, String providerAccountId,
		String credentialPublicKey, long counter, String credentialDeviceType, boolean credentialBackedUp,
		@Nullable String transports) {

	public AdapterAuthenticator {
		Arguments.requireText(credentialID, "credentialID");
		Arguments.requireText(userId, "userId");
		Arguments.requireText(providerAccountId, "providerAccountId");
		Arguments.requireText(credentialPublicKey, "credentialPublicKey");
		Arguments.requireText(credentialDeviceType, "credentialDeviceType");
		Arguments.requireStorable(transports, "transports");
		if (counter < 0) {
			throw new IllegalArgumentException("counter must not be negative, but was " + counter);
		}
	}

}
