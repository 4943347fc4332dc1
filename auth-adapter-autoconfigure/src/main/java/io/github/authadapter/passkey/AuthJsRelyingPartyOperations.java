package io.github.authadapter.passkey;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticationRequest;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.data.extension.authenticator.AuthenticationExtensionsAuthenticatorOutputs;
import com.webauthn4j.server.ServerProperty;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Spring Security's relying-party operations for credentials that Auth.js stored. Registration and the options of
 * both ceremonies are those of {@code Webauthn4JRelyingPartyOperations}; authentication is verified by webauthn4j from
 * what Auth.js keeps, the COSE public key, the counter and the backup flags, instead of from the attestation object
 * that Spring's own operations read and Auth.js never stores. The checks are webauthn4j's, all of them: signature,
 * challenge, origin, RP id, user presence, user verification when the options require it, the backup flags, and the
 * signature counter, so that an authenticator whose counter went backwards (a clone) is refused.
 */
public final class AuthJsRelyingPartyOperations implements WebAuthnRelyingPartyOperations {

	private final WebAuthnRelyingPartyOperations registration;

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserCredentialRepository userCredentials;

	private final Set<Origin> allowedOrigins;

	private final Clock clock;

	private final ObjectConverter objectConverter = new ObjectConverter();

	private final WebAuthnManager webAuthnManager = WebAuthnManager.createNonStrictWebAuthnManager(this.objectConverter);

	/**
	 * Creates the operations.
	 * @param registration the operations that create the options and register credentials, usually
	 * {@code Webauthn4JRelyingPartyOperations} on the same repositories
	 * @param userEntities finds the user of a credential
	 * @param userCredentials finds credentials and stores their new counter
	 * @param allowedOrigins the origins that assertions may come from, such as {@code https://example.com}
	 */
	public AuthJsRelyingPartyOperations(WebAuthnRelyingPartyOperations registration,
			PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository userCredentials,
			Set<String> allowedOrigins) {
		this(registration, userEntities, userCredentials, allowedOrigins, Clock.systemUTC());
	}

	/**
	 * Creates the operations with the clock of a credential's last use, the starter's {@code AuthAdapterClock}.
	 * @param registration the operations that create the options and register credentials, usually
	 * {@code Webauthn4JRelyingPartyOperations} on the same repositories
	 * @param userEntities finds the user of a credential
	 * @param userCredentials finds credentials and stores their new counter
	 * @param allowedOrigins the origins that assertions may come from, such as {@code https://example.com}
	 * @param clock the clock of the last use
	 */
	public AuthJsRelyingPartyOperations(WebAuthnRelyingPartyOperations registration,
			PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository userCredentials,
			Set<String> allowedOrigins, Clock clock) {
		this.clock = clock;
		this.registration = registration;
		this.userEntities = userEntities;
		this.userCredentials = userCredentials;
		this.allowedOrigins = allowedOrigins.stream().map(Origin::new).collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
			PublicKeyCredentialCreationOptionsRequest request) {
		return this.registration.createPublicKeyCredentialCreationOptions(request);
	}

	@Override
	public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
		return this.registration.registerCredential(request);
	}

	@Override
	public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
		return this.registration.createCredentialRequestOptions(request);
	}

	/**
	 * Verifies the assertion against the stored credential, stores its new counter and returns its user. Every
	 * failure is an {@link IllegalArgumentException} or a webauthn4j exception, which Spring Security's provider
	 * turns into a refused sign-in.
	 */
	@Override
	public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
		PublicKeyCredentialRequestOptions options = request.getRequestOptions();
		AuthenticatorAssertionResponse assertion = request.getPublicKey().getResponse();
		Bytes credentialId = request.getPublicKey().getRawId();
		CredentialRecord stored = this.userCredentials.findByCredentialId(credentialId);
		if (stored == null) {
			throw new IllegalArgumentException("No passkey is registered with this credential id");
		}
		String rpId = options.getRpId();
		if (rpId == null) {
			throw new IllegalStateException("The request options have no RP id");
		}
		ServerProperty server = new ServerProperty(this.allowedOrigins, rpId,
				new DefaultChallenge(options.getChallenge().getBytes()));
		AuthenticationRequest authentication = new AuthenticationRequest(credentialId.getBytes(),
				assertion.getAuthenticatorData().getBytes(), assertion.getClientDataJSON().getBytes(),
				assertion.getSignature().getBytes());
		boolean userVerificationRequired = options.getUserVerification() == UserVerificationRequirement.REQUIRED;
		AuthenticationData verified = this.webAuthnManager.verify(authentication, new AuthenticationParameters(server,
				toWebauthn4j(stored), allowedCredentials(options), userVerificationRequired));
		if (verified.getAuthenticatorData() == null) {
			throw new IllegalArgumentException("The assertion has no authenticator data");
		}
		this.userCredentials.save(ImmutableCredentialRecord.fromCredentialRecord(stored)
			.signatureCount(verified.getAuthenticatorData().getSignCount())
			.lastUsed(this.clock.instant())
			.build());
		PublicKeyCredentialUserEntity user = this.userEntities.findById(stored.getUserEntityUserId());
		if (user == null) {
			throw new IllegalArgumentException("The user of the passkey no longer exists");
		}
		return user;
	}

	private com.webauthn4j.credential.CredentialRecord toWebauthn4j(CredentialRecord stored) {
		COSEKey publicKey = this.objectConverter.getCborConverter()
			.readValue(stored.getPublicKey().getBytes(), COSEKey.class);
		if (publicKey == null) {
			throw new IllegalArgumentException("The stored public key is not a COSE key");
		}
		// No attestation is verified on authentication: the statement is a placeholder for webauthn4j's record.
		// Whether user verification was done at registration is not stored by Auth.js, hence unknown (null).
		return new CredentialRecordImpl(new NoneAttestationStatement(), null, stored.isBackupEligible(),
				stored.isBackupState(), stored.getSignatureCount(),
				new AttestedCredentialData(AAGUID.ZERO, stored.getCredentialId().getBytes(), publicKey),
				new AuthenticationExtensionsAuthenticatorOutputs<>(), null, null,
				stored.getTransports()
					.stream()
					.map((transport) -> com.webauthn4j.data.AuthenticatorTransport.create(transport.getValue()))
					.collect(Collectors.toSet()));
	}

	private static @Nullable List<byte[]> allowedCredentials(PublicKeyCredentialRequestOptions options) {
		List<PublicKeyCredentialDescriptor> allowed = options.getAllowCredentials();
		if (allowed == null || allowed.isEmpty()) {
			return null;
		}
		return allowed.stream().map((descriptor) -> descriptor.getId().getBytes()).toList();
	}

}
