package io.github.authadapter.jpa;

import io.github.authadapter.AdapterAuthenticator;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * The columns of Auth.js's {@code authenticators} table (WebAuthn credentials). Extend it with an {@code @Entity} of
 * your own to add columns; the adapter then uses your entity instead of {@link AuthenticatorEntity}.
 */
@MappedSuperclass
public abstract class AbstractAuthenticatorEntity {

	@Id
	@Column(name = "`credentialID`")
	private String credentialId = "";

	@Column(name = "`userId`", nullable = false)
	private Long userId = 0L;

	@Column(name = "`providerAccountId`", nullable = false)
	private String providerAccountId = "";

	@Column(name = "`credentialPublicKey`", nullable = false)
	private String credentialPublicKey = "";

	@Column(nullable = false)
	private long counter;

	@Column(name = "`credentialDeviceType`", nullable = false)
	private String credentialDeviceType = "";

	@Column(name = "`credentialBackedUp`", nullable = false)
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
	public void copyFrom(AdapterAuthenticator authenticator, long userId) {
		this.credentialId = authenticator.credentialID();
		this.userId = userId;
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
		return new AdapterAuthenticator(this.credentialId, String.valueOf(this.userId), this.providerAccountId,
				this.credentialPublicKey, this.counter, this.credentialDeviceType, this.credentialBackedUp,
				this.transports);
	}

}
