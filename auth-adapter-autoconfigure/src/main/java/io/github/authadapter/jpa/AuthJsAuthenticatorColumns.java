package io.github.authadapter.jpa;

import io.github.authadapter.AdapterAuthenticator;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a WebAuthn authenticator that every supported schema has. An authenticator is identified by its
 * credential id; its subclasses fix the type of the user's id.
 *
 * @param <K> the type of the users' ids in the schema
 */
@MappedSuperclass
public abstract class AuthJsAuthenticatorColumns<K> extends AuthJsUserReference<K> {

	@Id
	@Column(name = AuthJsNames.CREDENTIAL_ID)
	private String credentialId = "";

	@Column(name = AuthJsNames.PROVIDER_ACCOUNT_ID, nullable = false)
	private String providerAccountId = "";

	@Column(name = AuthJsNames.CREDENTIAL_PUBLIC_KEY, nullable = false)
	private String credentialPublicKey = "";

	@Column(nullable = false)
	private long counter;

	@Column(name = AuthJsNames.CREDENTIAL_DEVICE_TYPE, nullable = false)
	private String credentialDeviceType = "";

	@Column(name = AuthJsNames.CREDENTIAL_BACKED_UP, nullable = false)
	private boolean credentialBackedUp;

	private @Nullable String transports;

	public String getCredentialId() {
		return this.credentialId;
	}

	public void setCounter(long counter) {
		this.counter = counter;
	}

	/**
	 * Copies every field of the authenticator into this entity.
	 */
	public void copyFrom(AdapterAuthenticator authenticator, Object userId) {
		assignUser(userId);
		this.credentialId = authenticator.credentialID();
		this.providerAccountId = authenticator.providerAccountId();
		this.credentialPublicKey = authenticator.credentialPublicKey();
		this.counter = authenticator.counter();
		this.credentialDeviceType = authenticator.credentialDeviceType();
		this.credentialBackedUp = authenticator.credentialBackedUp();
		this.transports = authenticator.transports();
	}

	/**
	 * The authenticator as the adapter returns it.
	 */
	public AdapterAuthenticator toAdapterAuthenticator() {
		return new AdapterAuthenticator(this.credentialId, authJsUserId(), this.providerAccountId,
				this.credentialPublicKey, this.counter, this.credentialDeviceType, this.credentialBackedUp,
				this.transports);
	}

}
